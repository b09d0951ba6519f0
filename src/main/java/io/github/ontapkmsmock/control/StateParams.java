package io.github.ontapkmsmock.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.ontapkmsmock.ontap.faults.MockErrors;

/**
 * The parameters of one provider state as a verifier sends them (JSON values) or an alias or a state's name gives them
 * (text), read leniently: a number or a boolean may come as text, a list as a comma-separated text.
 */
record StateParams(Map<String, Object> values) {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::valueOf);
    }

    /** The parameter, else the older name today's pacts may still send. */
    Optional<String> optional(String name, String formerName) {
        return optional(name).or(() -> optional(formerName));
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> MockErrors.refused("params." + name,
                "this provider state needs the parameter \"" + name + "\"."));
    }

    Optional<Boolean> bool(String name) {
        return optional(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw MockErrors.refused("params." + name, "\"" + name + "\" is true or false.");
        });
    }

    /** A list, in the order given: a JSON array or a comma-separated text. */
    Optional<List<String>> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(String.valueOf(item)));
        } else {
            Arrays.stream(String.valueOf(value).split(",")).map(String::trim).forEach(items::add);
        }
        return Optional.of(items);
    }

    /** The UUID a record is to get; absent when the mock picks one. */
    String uuid() {
        return optional("uuid").map(uuid -> {
            if (!UUID.matcher(uuid).matches()) {
                throw MockErrors.refused("params.uuid", "\"" + uuid + "\" is not a UUID.");
            }
            return uuid;
        }).orElse(null);
    }
}
