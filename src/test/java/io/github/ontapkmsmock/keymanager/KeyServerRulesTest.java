package io.github.ontapkmsmock.keymanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.OntapException;

/** The key-server and passphrase rules on their own, without the application. */
class KeyServerRulesTest {

    private static KeyServerRecord server(String address) {
        return new KeyServerRecord(address, KeyServerRecord.DEFAULT_TIMEOUT, KeyServerRecord.NO_USERNAME, null);
    }

    @Test
    void addressGetsTheDefaultPortWhenItHasNone() {
        assertEquals(Optional.of("10.0.0.5:5696"), KeyServerRules.address("10.0.0.5"));
        assertEquals(Optional.of("kmip.example.com:5696"), KeyServerRules.address("kmip.example.com"));
        assertEquals(Optional.of("[fd20::1]:5696"), KeyServerRules.address("[fd20::1]"));
        assertEquals(Optional.of("10.0.0.5:5697"), KeyServerRules.address("10.0.0.5:5697"));
        assertEquals(Optional.of("[fd20::1]:443"), KeyServerRules.address("[fd20::1]:443"));
    }

    @Test
    void addressRefusesWhatIsNoKeyServer() {
        for (String bad : new String[] {"", " ", "10.0.0.5:", "10.0.0.5:0", "10.0.0.5:65536", "10.0.0.5:port",
                "fd20::1", "a b", "host/path"}) {
            assertEquals(Optional.empty(), KeyServerRules.address(bad), bad);
        }
        assertEquals(Optional.empty(), KeyServerRules.address(null));
    }

    @Test
    void checkRefusesAFifthServer() {
        KeyServerRules.check(List.of(server("a:1"), server("b:1"), server("c:1"), server("d:1")), "servers");
        OntapException e = assertThrows(OntapException.class, () -> KeyServerRules.check(
                List.of(server("a:1"), server("b:1"), server("c:1"), server("d:1"), server("e:1")), "servers"));
        assertEquals(KeyServerRules.TOO_MANY_KEY_SERVERS, e.code());
    }

    @Test
    void checkRefusesDuplicatesWithoutRegardToCase() {
        OntapException e = assertThrows(OntapException.class,
                () -> KeyServerRules.check(List.of(server("KMIP.example.com:5696"), server("kmip.example.com:5696")),
                        "servers"));
        assertEquals(KeyServerRules.DUPLICATE_KEY_SERVERS, e.code());
        assertEquals(Optional.of("servers"), e.target());
    }

    @Test
    void timeoutDefaultsAndHasALowerBound() {
        assertEquals(KeyServerRecord.DEFAULT_TIMEOUT, KeyServerRules.timeout(null, "timeout"));
        assertEquals(-1, KeyServerRules.timeout(-1, "timeout"));
        assertThrows(OntapException.class, () -> KeyServerRules.timeout(-2, "timeout"));
    }

    @Test
    void passphraseIs32To256PrintableAsciiCharacters() {
        assertTrue(KeyManagerService.acceptedPassphrase("x".repeat(32)));
        assertTrue(KeyManagerService.acceptedPassphrase("a passphrase, with spaces & signs!".repeat(2)));
        assertTrue(KeyManagerService.acceptedPassphrase("y".repeat(256)));
        assertFalse(KeyManagerService.acceptedPassphrase("x".repeat(31)));
        assertFalse(KeyManagerService.acceptedPassphrase("y".repeat(257)));
        assertFalse(KeyManagerService.acceptedPassphrase("é".repeat(40)));
        assertFalse(KeyManagerService.acceptedPassphrase("tab\t".repeat(10)));
    }

    @Test
    void recordsNeverPrintTheirSecrets() {
        assertFalse(new KeyServerRecord("a:1", 25, "", "hunter2-password").toString().contains("hunter2"));
        assertFalse(new KeyManagerRecord.Onboard("hunter2-passphrase").toString().contains("hunter2"));
    }
}
