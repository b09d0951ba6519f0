package io.github.ontapkmsmock.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One state of the provider-state catalogue. Its name may hold parameters in angle brackets ({@code SVM <svm_name>
 * has no key manager}): a state name with values in their place ({@code SVM vs1 has no key manager}) selects it
 * with those values as parameters.
 */
record StateDefinition(String name, String description, List<Parameter> parameters, List<String> answers,
        Function<StateParams, Map<String, Object>> setup) {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z_]+)>");

    /** A parameter: its default ({@code null}: none, or what the description says), as the catalogue lists it. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Parameter(String name, String description, @JsonProperty("default") String defaultValue) {
    }

    /** The parameters the name gives, when it is this state's name with values in its placeholders. */
    Optional<Map<String, Object>> match(String stateName) {
        if (!PLACEHOLDER.matcher(name).find()) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(name);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(name.substring(last, placeholder.start()))).append("(\\S+)");
            groups.add(placeholder.group(1));
            last = placeholder.end();
        }
        regex.append(Pattern.quote(name.substring(last)));
        Matcher matched = Pattern.compile(regex.toString()).matcher(stateName);
        if (!matched.matches()) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            params.put(groups.get(i), matched.group(i + 1));
        }
        return Optional.of(params);
    }
}
