package io.github.ontapkmsmock.ontap.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a dotted field such as {@code external.servers.server} out of a record, through arrays. */
final class JsonPaths {

    private static final Pattern DOT = Pattern.compile("\\.");

    private JsonPaths() {
    }

    static String[] parts(String dottedPath) {
        return DOT.split(dottedPath);
    }

    /** The values as texts, as the query language compares them. */
    static List<String> texts(JsonNode record, String dottedPath) {
        return texts(record, parts(dottedPath));
    }

    static List<String> texts(JsonNode record, String[] parts) {
        List<JsonNode> values = new ArrayList<>();
        collect(record, parts, 0, values);
        List<String> texts = new ArrayList<>(values.size());
        values.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    private static void collect(JsonNode node, String[] parts, int index, List<JsonNode> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, parts, index, out));
            return;
        }
        if (index == parts.length) {
            out.add(node);
            return;
        }
        collect(node.get(parts[index]), parts, index + 1, out);
    }
}
