package io.github.ontapkmsmock.ontap.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON value of the wrong type is an error (262197, naming the property and the type expected), never converted:
 * ONTAP refuses {@code {"port": "443"}} and {@code {"access_key_id": 123}}. Jackson's defaults coerce scalars both
 * ways (a number to a string, a string or a fraction to an integer, a number to a boolean or an enum), so every
 * body, of the ONTAP API and of the control API, POST, PATCH and actions alike, is read with these coercions off;
 * the state document is read the same way ({@code SnapshotJson}).
 */
@Singleton
public class StrictJsonTypes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        refuseCoercion(mapper);
        // A read-only property of a schema that a request reads (e.g. _links of key_manager_config) is refused
        // (262179, "cannot be set"), as ONTAP refuses it, rather than silently dropped.
        mapper.enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);
    }

    /** Turns every scalar coercion off: each JSON type is read only into its own Java type. */
    public static ObjectMapper refuseCoercion(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        // An integer is a valid JSON form of a fractional number (1 for 1.0); only other types are refused.
        fail(mapper, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        return mapper;
    }

    private static void fail(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
