package io.github.ontapkmsmock.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Consumers' own provider-state names mapped onto the catalogue's, so that an existing pact verifies without renaming
 * its states: the mock's former state names, then the entries of the file {@code ontap-mock.pact.state-aliases}.
 */
final class ProviderStateAliases {

    /** One alias: a state {@code name}, or a regular expression {@code pattern} whose named groups are parameters. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Alias(String name, String pattern, String state, Map<String, Object> params) {
    }

    /** The file: {@code aliases: [{name | pattern, state, params}]}. */
    @RegisterForReflection
    record AliasFile(@JsonProperty("aliases") List<Alias> aliases) {
    }

    /** The names the mock's states had before the catalogue; pacts written for them keep verifying. */
    static final List<Alias> FORMER_NAMES = List.of(
            new Alias("the cluster is in its seeded state", null, ProviderStateCatalogue.RESET, Map.of()),
            new Alias("the cluster runs ONTAP version", null, ProviderStateCatalogue.VERSION, Map.of()),
            new Alias("a key service is unreachable", null, ProviderStateCatalogue.UNREACHABLE, Map.of()),
            new Alias("an AWS KMS exists", null, ProviderStateCatalogue.AWS_KMS, Map.of()),
            new Alias("an Azure Key Vault exists", null, ProviderStateCatalogue.AZURE_KEY_VAULT,
                    Map.of("svm", ProviderStateCatalogue.DEFAULT_SVM)));

    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final List<Alias> aliases;
    private final List<Pattern> patterns = new ArrayList<>();

    ProviderStateAliases(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
        for (Alias alias : aliases) {
            patterns.add(alias.pattern() == null ? null : Pattern.compile(alias.pattern()));
        }
    }

    /** The former names and those of the file. */
    static ProviderStateAliases read(Optional<String> file) {
        List<Alias> all = new ArrayList<>(FORMER_NAMES);
        file.ifPresent(path -> all.addAll(readFile(path)));
        return new ProviderStateAliases(all);
    }

    List<Alias> all() {
        return aliases;
    }

    /** The alias a state name matches, with its target's parameters (the alias's, then the pattern's groups). */
    Optional<Target> find(String stateName) {
        for (int i = 0; i < aliases.size(); i++) {
            Alias alias = aliases.get(i);
            Map<String, Object> params = new LinkedHashMap<>(alias.params() == null ? Map.of() : alias.params());
            if (stateName.equals(alias.name())) {
                return Optional.of(new Target(alias.state(), params));
            }
            Matcher matched = patterns.get(i) == null ? null : patterns.get(i).matcher(stateName);
            if (matched != null && matched.matches()) {
                for (String group : groupNames(alias.pattern())) {
                    params.put(snakeCase(group), matched.group(group));
                }
                return Optional.of(new Target(alias.state(), params));
            }
        }
        return Optional.empty();
    }

    /**
     * The named groups of a pattern. Java allows only letters and digits in group names, so a camelCase group names
     * the snake_case parameter ({@code svmName} is {@code svm_name}).
     */
    private static List<String> groupNames(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher group = GROUP.matcher(pattern);
        while (group.find()) {
            names.add(group.group(1));
        }
        return names;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    record Target(String state, Map<String, Object> params) {
    }

    private static List<Alias> readFile(String path) {
        AliasFile read;
        try {
            read = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(Files.readAllBytes(Path.of(path)), AliasFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the provider-state aliases " + path + ": " + e.getMessage(),
                    e);
        }
        List<Alias> aliases = read == null || read.aliases() == null ? List.of() : read.aliases();
        for (Alias alias : aliases) {
            String which = "provider-state alias " + (alias.name() != null ? alias.name() : alias.pattern());
            if ((alias.name() == null) == (alias.pattern() == null) || alias.state() == null) {
                throw new IllegalStateException(which + " in " + path + " needs name or pattern, and state");
            }
            try {
                if (alias.pattern() != null) {
                    Pattern.compile(alias.pattern());
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(which + " in " + path + ": " + e.getDescription(), e);
            }
        }
        return aliases;
    }
}
