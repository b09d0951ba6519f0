package io.github.ontapkmsmock.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alias file ({@code ontap-mock.pact.state-aliases}): what it maps, and what stops the mock at start. */
class ProviderStateAliasFileTest {

    @TempDir
    Path dir;

    @Test
    void patternGroupsInCamelCaseAreSnakeCaseParameters() throws IOException {
        var aliases = read("""
                aliases:
                  - pattern: "key manager of (?<svmName>\\\\w+)"
                    state: an external key manager exists
                    params: {servers: "10.0.0.5:5696"}
                """);
        var target = aliases.find("key manager of vs1").orElseThrow();
        assertEquals("an external key manager exists", target.state());
        assertEquals(Map.of("servers", "10.0.0.5:5696", "svm_name", "vs1"), target.params());
        assertTrue(aliases.find("key manager of vs1 and more").isEmpty(), "a pattern matches the whole name");
    }

    @Test
    void formerNamesComeBeforeTheFileOnes() throws IOException {
        var aliases = read("aliases: []\n");
        assertEquals(ProviderStateCatalogue.AWS_KMS, aliases.find("an AWS KMS exists").orElseThrow().state());
    }

    @Test
    void aliasNeedsNameOrPatternAndState() throws IOException {
        assertRefused("aliases:\n  - name: a\n    pattern: b\n    state: the mock is reset\n", "needs name or pattern");
        assertRefused("aliases:\n  - name: a\n", "needs name or pattern");
    }

    @Test
    void badPatternOrUnknownKeyOrMissingFileIsRefused() throws IOException {
        assertRefused("aliases:\n  - pattern: \"(?<x>\"\n    state: the mock is reset\n", "provider-state alias");
        assertRefused("aliases:\n  - nmae: a\n    state: the mock is reset\n", "cannot read");
        var missing = assertThrows(IllegalStateException.class,
                () -> ProviderStateAliases.read(Optional.of(dir.resolve("missing.yaml").toString())));
        assertTrue(missing.getMessage().contains("cannot read"), missing.getMessage());
    }

    private ProviderStateAliases read(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("aliases.yaml"), yaml);
        return ProviderStateAliases.read(Optional.of(file.toString()));
    }

    private void assertRefused(String yaml, String reason) throws IOException {
        Path file = Files.writeString(dir.resolve("aliases.yaml"), yaml);
        var refused = assertThrows(IllegalStateException.class,
                () -> ProviderStateAliases.read(Optional.of(file.toString())));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
