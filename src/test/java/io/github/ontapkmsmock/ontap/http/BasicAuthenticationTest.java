package io.github.ontapkmsmock.ontap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.http.BasicAuthentication.Decision;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The decision on a request's credentials, for users configured as {@code ontap-mock.auth.*} says. */
class BasicAuthenticationTest {

    private static final String API = "/api/security/aws-kms";

    @Test
    void administratorOfUsernameAndPasswordMayDoEverything() {
        BasicAuthentication auth = authentication(Map.of());
        assertEquals(Decision.ADMITTED, auth.decide("POST", API, basic("admin", "netapp1!")));
        assertEquals(Decision.ADMITTED, auth.decide("DELETE", "/_mock/faults", basic("admin", "netapp1!")));
    }

    @Test
    void readonlyUserReadsButMayNotWrite() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.users.monitor.password", "watch-only",
                "ontap-mock.auth.users.monitor.role", "readonly"));
        for (String read : new String[] { "GET", "HEAD", "OPTIONS" }) {
            assertEquals(Decision.ADMITTED, auth.decide(read, API, basic("monitor", "watch-only")), read);
        }
        for (String write : new String[] { "POST", "PATCH", "DELETE", "PUT" }) {
            assertEquals(Decision.FORBIDDEN, auth.decide(write, API, basic("monitor", "watch-only")), write);
        }
    }

    @Test
    void userWithoutRoleIsAnAdministrator() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.users.automation.password", "pipeline"));
        assertEquals(Decision.ADMITTED, auth.decide("PATCH", API, basic("automation", "pipeline")));
        assertEquals(Decision.ADMITTED, auth.decide("POST", API, basic("admin", "netapp1!")));
    }

    @Test
    void userNameMayNameATenantsClusterAndKeepsItsPasswordAndRole() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.users.monitor.password", "watch-only",
                "ontap-mock.auth.users.monitor.role", "readonly"));
        assertEquals(Optional.of("shard-7"), auth.clusterNamed(basic("admin@shard-7", "netapp1!")));
        assertEquals(Decision.ADMITTED, auth.decide("POST", API, basic("admin@shard-7", "netapp1!")));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, basic("admin@shard-7", "watch-only")));
        assertEquals(Decision.FORBIDDEN, auth.decide("POST", API, basic("monitor@shard-7", "watch-only")));
        assertEquals(Optional.of("a"), auth.clusterNamed(basic("admin@x@a", "netapp1!")));
        assertEquals(Optional.of(""), auth.clusterNamed(basic("admin@", "netapp1!")));
        assertEquals(Optional.empty(), auth.clusterNamed(basic("admin", "netapp1!")));
        assertEquals(Optional.empty(), auth.clusterNamed("Bearer abc"));
    }

    @Test
    void configuredUserWithAnAtInItsNameNamesNoCluster() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.users.\"ops@corp\".password", "ops-pass"));
        assertEquals(Optional.empty(), auth.clusterNamed(basic("ops@corp", "ops-pass")));
        assertEquals(Decision.ADMITTED, auth.decide("POST", API, basic("ops@corp", "ops-pass")));
        assertEquals(Optional.of("shard-1"), auth.clusterNamed(basic("ops@corp@shard-1", "ops-pass")));
        assertEquals(Decision.ADMITTED, auth.decide("POST", API, basic("ops@corp@shard-1", "ops-pass")));
    }

    @Test
    void entryNamedAsTheAdministratorReplacesIt() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.users.admin.password", "changed",
                "ontap-mock.auth.users.admin.role", "readonly"));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, basic("admin", "netapp1!")));
        assertEquals(Decision.FORBIDDEN, auth.decide("POST", API, basic("admin", "changed")));
    }

    @Test
    void passwordsDifferingInLengthOrLastCharacterAreRefused() {
        BasicAuthentication auth = authentication(Map.of());
        for (String wrong : new String[] { "netapp1", "netapp1!!", "netapp1?", "", "NETAPP1!" }) {
            assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, basic("admin", wrong)), wrong);
        }
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, basic("admin:netapp1!", "")));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, null));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, "Basic %%%"));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, "Bearer abc"));
    }

    @Test
    void controlApiTakesTheControlUserOnly() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.control.username", "pipeline",
                "ontap-mock.control.password", "control-secret", "ontap-mock.auth.users.monitor.password", "watch",
                "ontap-mock.auth.users.monitor.role", "readonly"));
        assertEquals(Decision.ADMITTED, auth.decide("POST", "/_mock/reset", basic("pipeline", "control-secret")));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("POST", "/_mock/reset", basic("admin", "netapp1!")));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", "/_mock/state", basic("monitor", "watch")));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", API, basic("pipeline", "control-secret")));
    }

    @Test
    void readonlyUserIsNoControlUserByDefault() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.users.monitor.password", "watch",
                "ontap-mock.auth.users.monitor.role", "readonly"));
        assertEquals(Decision.UNAUTHENTICATED, auth.decide("GET", "/_mock/state", basic("monitor", "watch")));
        assertEquals(Decision.ADMITTED, auth.decide("GET", "/_mock/state", basic("admin", "netapp1!")));
    }

    @Test
    void everythingIsAdmittedWhenAuthenticationIsOff() {
        BasicAuthentication auth = authentication(Map.of("ontap-mock.auth.enabled", "false"));
        assertEquals(Decision.ADMITTED, auth.decide("DELETE", API, null));
    }

    private static BasicAuthentication authentication(Map<String, String> properties) {
        // Quarkus's converter reads MockConfig's durations ("0ms", "1h") as the application does.
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MockConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 500)).build();
        return new BasicAuthentication(config.getConfigMapping(MockConfig.class));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
