package io.github.ontapkmsmock.ontap.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Run by the build (pom.xml, phase {@code process-classes}): writes a hand-written YAML file as JSON: both specs, the
 * trees {@link OntapSpec} reads, and the embedded inventory. Reading JSON costs a fraction of reading YAML (no YAML
 * parser is even loaded), and the YAML file stays the one source: the JSON is the same tree, made from it in every
 * build.
 */
public final class PreparedSpec {

    private PreparedSpec() {
    }

    /** {@code PreparedSpec <spec.yaml> <spec.json>} */
    public static void main(String... args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PreparedSpec <spec.yaml> <spec.json>");
        }
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(Path.of(args[0]).toFile());
        Path json = Path.of(args[1]);
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().writeValue(json.toFile(), tree);
    }
}
