package io.github.ontapkmsmock.ontap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * ONTAP answers {@code application/hal+json} unless the client asks for {@code application/json}, success and error
 * alike and without a charset parameter (NetApp, "Interpret an ONTAP REST API response": the content type is
 * usually {@code application/hal+json}; JSON is UTF-8 by definition).
 */
public final class OntapMediaTypes {

    public static final String HAL_JSON = "application/hal+json";
    public static final MediaType HAL_JSON_TYPE = MediaType.valueOf(HAL_JSON);

    private OntapMediaTypes() {
    }

    public static MediaType negotiate(HttpHeaders headers) {
        return negotiate(headers == null ? List.of() : headers.getAcceptableMediaTypes());
    }

    /** The same for a raw {@code Accept} header, where the REST layer is not involved (the HTTP layer's errors). */
    public static MediaType negotiate(String accept) {
        List<MediaType> accepted = new ArrayList<>();
        if (accept != null) {
            for (String part : accept.split(",")) {
                String[] type = part.split(";")[0].trim().toLowerCase(Locale.ROOT).split("/");
                if (type.length == 2) {
                    accepted.add(new MediaType(type[0], type[1]));
                }
            }
        }
        return negotiate(accepted);
    }

    private static MediaType negotiate(List<MediaType> accepted) {
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

    /**
     * Whether an {@code Accept} header names {@code application/hal+json} before anything else JSON answers
     * satisfy ({@code application/json}, {@code application/*}, {@code *}{@code /*}).
     */
    public static boolean asksForHalJson(String accept) {
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals(HAL_JSON)) {
                return true;
            }
            String[] parts = type.split("/");
            if (parts.length == 2 && new MediaType(parts[0], parts[1]).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    public static boolean isJson(MediaType type) {
        return type != null && type.getSubtype().endsWith("json");
    }
}
