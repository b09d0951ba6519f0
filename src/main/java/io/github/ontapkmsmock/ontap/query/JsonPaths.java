package io.github.ontapkmsmock.ontap.query;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a dotted field such as {@code external.servers.server} out of a record, through arrays. */
final class JsonPaths {

    private JsonPaths() {
    }

    static List<JsonNode> values(JsonNode record, String dottedPath) {
        List<JsonNode> out = new ArrayList<>();
        collect(record, dottedPath.split("\\."), 0, out);
        return out;
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
