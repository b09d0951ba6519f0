package io.github.ontapkmsmock.ontap.state;

import java.util.Optional;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/**
 * The keystore configuration a key manager record is, whatever its family: the enabled one (ONTAP names it
 * "default", 003:184-190), or one created with {@code create_inactive=true} under its own name. Its UUID is the
 * record's (003:234-242). The rules of {@code create_inactive} and {@code configuration.name} are NetApp's AKV page's
 * (003:1936-1963); key managers of every family share them.
 */
public record KeystoreConfiguration(String name, boolean enabled) {

    public static final String DEFAULT_NAME = "default";

    /** 003:1936-1938. */
    public static final String NAME_EXISTS = "65537589";
    /** 003:1940-1942. */
    public static final String NAME_NEEDS_9_14 = "65537592";
    /** 003:1944-1946. */
    public static final String CREATE_INACTIVE_NEEDS_9_14 = "65537593";
    /** 003:1948-1950. */
    public static final String NAME_REQUIRED = "65537594";
    /** 003:1952-1954. */
    public static final String NAME_ONLY_WHEN_INACTIVE = "65537595";
    /** 003:1957-1959. */
    public static final String NAME_RESERVED = "65538902";
    /** 003:1961-1963. */
    public static final String NAME_EMPTY = "65538903";

    public static KeystoreConfiguration active() {
        return new KeystoreConfiguration(DEFAULT_NAME, true);
    }

    public static KeystoreConfiguration inactive(String name) {
        return new KeystoreConfiguration(name, false);
    }

    /** The same configuration enabled or made inactive; it keeps its name. */
    public KeystoreConfiguration withEnabled(boolean nowEnabled) {
        return new KeystoreConfiguration(name, nowEnabled);
    }

    /**
     * The configuration a POST asks for, checked in the page's order: the release first (65537592, 65537593: "ECV of
     * 9.14.0 or greater"; a family whose reference shows configurations later passes its own release), then the
     * {@code create_inactive} / {@code configuration.name} pair (003:1476-1480).
     */
    public static KeystoreConfiguration requested(Optional<String> name, boolean createInactive,
            EmulatedVersion version, String since) {
        if (!version.isAtLeast(since)) {
            if (createInactive) {
                throw OntapException.documented(CREATE_INACTIVE_NEEDS_9_14).withTarget("create_inactive");
            }
            if (name.isPresent()) {
                throw OntapException.documented(NAME_NEEDS_9_14).withTarget("configuration.name");
            }
        }
        if (createInactive && name.isEmpty()) {
            throw OntapException.documented(NAME_REQUIRED).withTarget("configuration.name");
        }
        if (!createInactive && name.isPresent()) {
            throw OntapException.documented(NAME_ONLY_WHEN_INACTIVE).withTarget("configuration.name");
        }
        if (!createInactive) {
            return active();
        }
        requireInactiveName(name.get());
        return inactive(name.get());
    }

    /**
     * 65538903, 65538902: an inactive configuration has a name, and not "default", the name ONTAP itself gives the
     * enabled configuration (003:184-190). The state import holds imported configurations to it too.
     */
    public static void requireInactiveName(String name) {
        if (name.isEmpty()) {
            throw OntapException.documented(NAME_EMPTY).withTarget("configuration.name");
        }
        if (name.equals(DEFAULT_NAME)) {
            throw OntapException.documented(NAME_RESERVED).withTarget("configuration.name");
        }
    }

    /** 65537589: an SVM's inactive configurations have distinct names. */
    public static OntapException nameExists() {
        return OntapException.documented(NAME_EXISTS).withTarget("configuration.name");
    }
}
