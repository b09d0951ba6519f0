package io.github.ontapkmsmock.ontap.http;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** ONTAP answers {@code application/hal+json} unless the client asks for {@code application/json}. */
public final class OntapMediaTypes {

    public static final String HAL_JSON = "application/hal+json";
    public static final MediaType HAL_JSON_TYPE = MediaType.valueOf(HAL_JSON);

    private OntapMediaTypes() {
    }

    public static MediaType negotiate(HttpHeaders headers) {
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isCompatible(HAL_JSON_TYPE)) {
                return HAL_JSON_TYPE;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        return HAL_JSON_TYPE;
    }
}
