package io.github.ontapkmsmock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.Resettable;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.OntapRelease;

/**
 * Sets the emulated ONTAP release ({@code PUT /_mock/version}, the {@code version} section of the state document)
 * and puts it back to {@code ontap-mock.version} on reset.
 */
@ApplicationScoped
public class VersionControl implements Resettable, StateSnapshot {

    /** The oldest release the NetApp pages describe: key managers, ONTAP 9.6 (seed 002). */
    static final OntapRelease OLDEST = OntapRelease.parse("9.6");

    private final EmulatedVersion version;
    private final OntapRelease configured;

    @Inject
    public VersionControl(EmulatedVersion version, MockConfig config) {
        this.version = version;
        this.configured = OntapRelease.parse(config.version());
    }

    public OntapRelease current() {
        return version.current();
    }

    public OntapRelease configured() {
        return configured;
    }

    public void set(String text) {
        OntapRelease release = parse(text, "version");
        version.set(release);
    }

    @Override
    public void reset() {
        version.reset();
    }

    @Override
    public String section() {
        return "version";
    }

    @Override
    public JsonNode export() {
        return TextNode.valueOf(version.current().toString());
    }

    @Override
    public Restore restore(JsonNode section) {
        if (section.isMissingNode() || section.isNull()) {
            return Restore.of(version::reset);
        }
        if (!section.isTextual()) {
            throw MockErrors.refused("version", "the version is a string such as \"9.13.1\".");
        }
        OntapRelease release = parse(section.asText(), "version");
        return Restore.of(() -> version.set(release));
    }

    private static OntapRelease parse(String text, String target) {
        OntapRelease release;
        try {
            release = OntapRelease.parse(text);
        } catch (IllegalArgumentException e) {
            throw MockErrors.refused(target, "\"" + text + "\" is not an ONTAP release (generation.major[.minor]).");
        }
        if (!release.isAtLeast(OLDEST)) {
            throw MockErrors.refused(target, "the mock emulates ONTAP " + OLDEST + " and later.");
        }
        return release;
    }
}
