package io.github.ontapkmsmock.ontap.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.MockConfig.Role;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;

/**
 * HTTP basic authentication as the cluster asks for it: on {@code /api} with the cluster users, each with its role,
 * on {@code /_mock} with the control user (the cluster administrator unless configured). Written as a filter rather
 * than Quarkus security so that a refusal is ONTAP's error envelope, not an empty 401.
 *
 * <p>Credentials are compared in constant time: the SHA-256 digests of the given and of every configured
 * {@code user:password} (equal lengths) with {@link MessageDigest#isEqual}, every user tried, so neither the length
 * nor the first differing byte of a password, nor which user name exists, shows in the time of an answer.
 */
@ApplicationScoped
public class BasicAuthentication {

    public static final String REALM = "Basic realm=\"ontap-kms-mock\"";
    static final String NOT_AUTHENTICATED = CommonErrors.PERMISSION_DENIED;
    /** The Pact state-change URL, which {@code ontap-mock.pact.open-provider-states} may open. */
    static final String PROVIDER_STATES = "/_mock/provider-states";
    /** What a {@code readonly} user may do: read (ONTAP's readonly role has the access level "readonly"). */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** What the credentials of a request allow on the path they are sent to. */
    public enum Decision {
        /** Authenticated, and the user's role allows the method. */
        ADMITTED,
        /** No, unreadable or wrong credentials: 401. */
        UNAUTHENTICATED,
        /** A known user whose role does not allow the method: 403, code "6". */
        FORBIDDEN
    }

    private record Credential(byte[] digest, Role role) {
    }

    /** Basic credentials read: the user name as given and the password. */
    private record Given(String user, String password) {
    }

    private final MockConfig config;
    private final List<Credential> clusterUsers;
    private final Credential controlUser;
    /** The configured user names: one of them that holds an {@code @} names no cluster. */
    private final Set<String> userNames;

    @Inject
    public BasicAuthentication(MockConfig config) {
        this.config = config;
        Map<String, Credential> users = new LinkedHashMap<>();
        users.put(config.auth().username(), new Credential(digest(config.auth().username(), config.auth().password()),
                Role.admin));
        config.auth().users().forEach((name, user) -> users.put(name, new Credential(digest(name, user.password()),
                user.role())));
        this.clusterUsers = List.copyOf(users.values());
        String controlName = config.control().username().orElse(config.auth().username());
        this.controlUser = new Credential(digest(controlName, config.control().password().orElse(config.auth().password())),
                Role.admin);
        Set<String> names = new HashSet<>(users.keySet());
        names.add(controlName);
        this.userNames = Set.copyOf(names);
    }

    /**
     * The cluster the credentials name: the user name {@code <user>@<cluster>} selects the tenant {@code <cluster>}
     * (the part after the last {@code @}, unless the whole name is a configured user's); the password is the
     * user's. Empty when the header names none (or is no basic credential).
     */
    public Optional<String> clusterNamed(String authorization) {
        return read(authorization).flatMap(given -> split(given.user()).map(parts -> parts[1]));
    }

    /** Throws ONTAP's refusal unless the request's credentials allow its method on its path. */
    void check(String method, String path, String authorization) {
        switch (decide(method, path, authorization)) {
            case UNAUTHENTICATED -> throw OntapException.documented(NOT_AUTHENTICATED).withStatus(401)
                    .withMessage("Authentication failed: the user name or password is not valid.");
            // Status and ONTAP's runtime text ("not authorized for that command") are the spec's common code "6".
            case FORBIDDEN -> throw OntapException.documented(CommonErrors.PERMISSION_DENIED);
            case ADMITTED -> {
            }
        }
    }

    /** Whether the request's credentials allow its method on its path (always, when authentication is off). */
    public boolean admits(String method, String path, String authorization) {
        return decide(method, path, authorization) == Decision.ADMITTED;
    }

    public Decision decide(String method, String path, String authorization) {
        if (!config.auth().enabled() || config.pact().openProviderStates() && path.equals(PROVIDER_STATES)) {
            return Decision.ADMITTED;
        }
        Optional<byte[]> given = given(authorization);
        if (given.isEmpty()) {
            return Decision.UNAUTHENTICATED;
        }
        Optional<Role> role = path.startsWith("/_mock") ? roleOf(given.get(), List.of(controlUser))
                : roleOf(given.get(), clusterUsers);
        if (role.isEmpty()) {
            return Decision.UNAUTHENTICATED;
        }
        return role.get() == Role.admin || READS.contains(method) ? Decision.ADMITTED : Decision.FORBIDDEN;
    }

    /** The role of the user whose digest this is; every credential compared, none skipped. */
    private static Optional<Role> roleOf(byte[] given, List<Credential> credentials) {
        Role found = null;
        for (Credential credential : credentials) {
            if (MessageDigest.isEqual(given, credential.digest()) && found == null) {
                found = credential.role();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The digest of the {@code user:password} of a {@code Basic} header, the user without the cluster it names;
     * empty when there is none.
     */
    private Optional<byte[]> given(String authorization) {
        return read(authorization).map(given -> digest(split(given.user()).map(parts -> parts[0]).orElse(given.user()),
                given.password()));
    }

    /** The user and the cluster of a user name {@code <user>@<cluster>}; empty when it names no cluster. */
    private Optional<String[]> split(String user) {
        int at = user.lastIndexOf('@');
        if (at < 0 || userNames.contains(user)) {
            return Optional.empty();
        }
        return Optional.of(new String[] { user.substring(0, at), user.substring(at + 1) });
    }

    private static Optional<Given> read(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new Given(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static byte[] digest(String user, String password) {
        return sha256((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
