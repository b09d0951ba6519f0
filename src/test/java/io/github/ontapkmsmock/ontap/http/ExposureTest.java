package io.github.ontapkmsmock.ontap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.MockConfig;

/**
 * The start-up log says so, in one line, when the mock listens beyond loopback with the well-known default password
 * (of the cluster user or of the control API's); on loopback, with passwords of one's own or without authentication
 * it says nothing.
 */
class ExposureTest {

    private static final String DEFAULT = MockConfig.DEFAULT_PASSWORD;

    @Test
    void allInterfacesWithTheDefaultPasswordIsWarnedAboutInOneLine() {
        Optional<String> warning = Exposure.warning("0.0.0.0", true, DEFAULT, Optional.empty());
        assertTrue(warning.isPresent());
        assertFalse(warning.get().contains("\n"));
        assertTrue(warning.get().contains("0.0.0.0"), warning.get());
        assertTrue(warning.get().contains("ontap-mock.auth.password"), warning.get());
        assertFalse(warning.get().contains(DEFAULT), "the line does not repeat the password");
    }

    @Test
    void aNamedInterfaceOrAddressIsBeyondLoopback() {
        assertTrue(Exposure.warning("192.168.1.20", true, DEFAULT, Optional.empty()).isPresent());
        assertTrue(Exposure.warning("mock.example.com", true, DEFAULT, Optional.empty()).isPresent());
        assertTrue(Exposure.warning("::", true, DEFAULT, Optional.empty()).isPresent());
    }

    @Test
    void theControlApisDefaultPasswordIsWarnedAboutToo() {
        assertTrue(Exposure.warning("0.0.0.0", true, "own-password", Optional.of(DEFAULT)).isPresent());
        assertEquals(Optional.empty(), Exposure.warning("0.0.0.0", true, "own-password", Optional.of("other")));
    }

    @Test
    void loopbackOwnPasswordsOrNoAuthenticationAreQuiet() {
        for (String loopback : new String[] { "127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1" }) {
            assertEquals(Optional.empty(), Exposure.warning(loopback, true, DEFAULT, Optional.empty()), loopback);
        }
        assertEquals(Optional.empty(), Exposure.warning("0.0.0.0", true, "own-password", Optional.empty()));
        assertEquals(Optional.empty(), Exposure.warning("0.0.0.0", false, DEFAULT, Optional.empty()));
    }
}
