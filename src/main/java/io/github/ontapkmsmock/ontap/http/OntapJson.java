package io.github.ontapkmsmock.ontap.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON read as ONTAP reads it: a field given twice is an error (262188), not a silent overwrite; anything after the
 * JSON value ({@code {"region":"x"} xyz}, {@code {}{}}) is invalid JSON (262199), not ignored; and parse errors never
 * quote the request body, which may hold a secret.
 */
@Singleton
public class OntapJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
    }
}
