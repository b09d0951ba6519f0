package io.github.ontapkmsmock.keymanager;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;

/**
 * What every list of key servers obeys, wherever servers are added (POST of an external key manager, POST of key
 * servers): the address form, at most four servers, no duplicates.
 */
final class KeyServerRules {

    /** "If no port is provided, a default port of 5696 is used." (002 line 755) */
    static final int DEFAULT_PORT = 5696;

    /** "the keys are stored on up to four key servers" (002 line 30). */
    static final int MAX_KEY_SERVERS = 4;
    /** "A maximum of 4 active key servers are allowed." (002 line 1000) */
    static final String TOO_MANY_KEY_SERVERS = "65536038";
    /** "Duplicate key management servers exist." (002 line 1003) */
    static final String DUPLICATE_KEY_SERVERS = "65536871";

    /** A host name, an IPv4 address or a bracketed IPv6 address, then an optional port. */
    private static final Pattern ADDRESS = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]\\s/]+)(?::(\\d{1,5}))?");

    /**
     * Later ONTAP releases document -1 as "wait indefinitely" and 60 as the maximum (ONTAP 9.14 key-servers
     * reference, the 9.17.1 reference: "min -1, max 60"); the 9.6 page gives no bound. The same range holds for
     * create_remove_timeout.
     */
    private static final int MIN_TIMEOUT = -1;
    private static final int MAX_TIMEOUT = 60;

    private KeyServerRules() {
    }

    /** The server as ONTAP stores it, {@code host:port}; empty when the text is not a key server address. */
    static Optional<String> address(String server) {
        if (server == null) {
            return Optional.empty();
        }
        Matcher m = ADDRESS.matcher(server.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(m.group(1) + ":" + DEFAULT_PORT);
        }
        int port = Integer.parseInt(m.group(2));
        return port >= 1 && port <= 65535 ? Optional.of(m.group(1) + ":" + port) : Optional.empty();
    }

    static String address(String server, String field) {
        return address(server).orElseThrow(() -> CommonErrors.invalidValue(field,
                "expected a host name or IP address with an optional port, such as 10.225.89.34:5696"));
    }

    /** A stored server is in ONTAP's form already: {@code host:port}, as {@link #address(String)} makes it. */
    static void stored(String server, String field) {
        if (!address(server).filter(a -> a.equals(server)).isPresent()) {
            throw CommonErrors.invalidValue(field, "expected a host name or IP address with its port, such as "
                    + "10.225.89.34:5696");
        }
    }

    static int timeout(Integer timeout, String field) {
        if (timeout == null) {
            return KeyServerRecord.DEFAULT_TIMEOUT;
        }
        if (timeout < MIN_TIMEOUT || timeout > MAX_TIMEOUT) {
            throw CommonErrors.invalidValue(field,
                    "expected a number of seconds from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT);
        }
        return timeout;
    }

    /**
     * Secondary key servers: host names or IP addresses, each at most once, in the order given; blank entries are
     * refused (262197), as an address must name a host.
     */
    static List<String> secondaryKeyServers(List<String> servers) {
        Set<String> seen = new HashSet<>();
        for (String s : servers) {
            if (s == null || s.isBlank() || address(s).isEmpty()) {
                throw CommonErrors.invalidValue("secondary_key_servers", "expected host names or IP addresses");
            }
            if (!seen.add(s.trim().toLowerCase(Locale.ROOT))) {
                throw OntapException.documented(DUPLICATE_KEY_SERVERS).withTarget("secondary_key_servers");
            }
        }
        return servers.stream().map(String::trim).toList();
    }

    /** The servers a key manager would have: at most four, no address twice (after the default port was added). */
    static void check(List<KeyServerRecord> servers, String target) {
        if (servers.size() > MAX_KEY_SERVERS) {
            throw OntapException.documented(TOO_MANY_KEY_SERVERS).withTarget(target);
        }
        Set<String> seen = new HashSet<>();
        for (KeyServerRecord s : servers) {
            if (!seen.add(s.server().toLowerCase(Locale.ROOT))) {
                throw OntapException.documented(DUPLICATE_KEY_SERVERS).withTarget(target);
            }
        }
    }
}
