package io.github.ontapkmsmock.ontap.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.errors.OntapException;

/**
 * HTTP basic authentication as the cluster asks for it: on {@code /api} with the cluster user, on {@code /_mock}
 * with the control user (the cluster user unless configured). Written as a filter rather than Quarkus security so
 * that a refusal is ONTAP's error envelope, not an empty 401.
 */
@ApplicationScoped
public class BasicAuthentication {

    public static final String REALM = "Basic realm=\"ontap-kms-mock\"";
    static final String NOT_AUTHENTICATED = "6";
    /** The Pact state-change URL, which {@code ontap-mock.pact.open-provider-states} may open. */
    static final String PROVIDER_STATES = "/_mock/provider-states";

    private final MockConfig config;

    @Inject
    public BasicAuthentication(MockConfig config) {
        this.config = config;
    }

    void check(String path, String authorization) {
        if (!accepts(path, authorization)) {
            throw OntapException.documented(NOT_AUTHENTICATED).withStatus(401)
                    .withMessage("Authentication failed: the user name or password is not valid.");
        }
    }

    /** Whether the request's credentials are those of the path's user (always, when authentication is off). */
    public boolean accepts(String path, String authorization) {
        if (!config.auth().enabled() || config.pact().openProviderStates() && path.equals(PROVIDER_STATES)) {
            return true;
        }
        boolean control = path.startsWith("/_mock");
        String user = control ? config.control().username().orElse(config.auth().username())
                : config.auth().username();
        String password = control ? config.control().password().orElse(config.auth().password())
                : config.auth().password();
        return matches(authorization, user, password);
    }

    private static boolean matches(String authorization, String user, String password) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
