package io.github.ontapkmsmock.ontap.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * One top-level property of a record's wire form, rendered alone: written by the very property writer that writes
 * it in the whole model ({@code valueToTree}), so it reads exactly as there, while a filter or {@code order_by} on it
 * does not render the record's other properties. A model Jackson does not write as a bean is rendered whole.
 */
@ApplicationScoped
public class ModelProperties {

    private final ObjectMapper mapper;
    /** Per model class, its properties' writers by wire name; empty when the class is not written as a bean. */
    private final Map<Class<?>, Optional<Map<String, PropertyWriter>>> writers = new ConcurrentHashMap<>();

    @Inject
    public ModelProperties(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An object holding the model's property {@code name} as the whole wire form has it, or nothing. */
    JsonNode part(Object model, String name) {
        if (model instanceof JsonNode node) {
            return node;
        }
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        Optional<Map<String, PropertyWriter>> byName = writers.computeIfAbsent(model.getClass(),
                type -> writersOf(provider, type));
        if (byName.isEmpty()) {
            return mapper.valueToTree(model);
        }
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            buffer.writeStartObject();
            PropertyWriter writer = byName.get().get(name);
            if (writer != null) {
                writer.serializeAsField(model, buffer, provider);
            }
            buffer.writeEndObject();
            return mapper.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + name + " of a " + model.getClass().getSimpleName(), e);
        }
    }

    private static Optional<Map<String, PropertyWriter>> writersOf(SerializerProvider provider, Class<?> type) {
        try {
            JsonSerializer<Object> serializer = provider.findValueSerializer(type);
            if (!(serializer instanceof BeanSerializerBase bean)) {
                return Optional.empty();
            }
            Map<String, PropertyWriter> byName = new HashMap<>();
            for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext();) {
                PropertyWriter writer = it.next();
                byName.put(writer.getName(), writer);
            }
            return Optional.of(Map.copyOf(byName));
        } catch (JsonMappingException e) {
            return Optional.empty();
        }
    }
}
