package io.github.ontapkmsmock.attack;

import static io.github.ontapkmsmock.attack.Expectations.bodyNotAllowed;
import static io.github.ontapkmsmock.attack.Expectations.code;
import static io.github.ontapkmsmock.attack.Expectations.httpLayer;
import static io.github.ontapkmsmock.attack.Expectations.invalidFieldValue;
import static io.github.ontapkmsmock.attack.Expectations.invalidJson;
import static io.github.ontapkmsmock.attack.Expectations.refused;
import static io.github.ontapkmsmock.attack.Expectations.unexpectedArgument;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.attack.AttackSurface.Property;
import io.github.ontapkmsmock.attack.AttackSurface.Target;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile request bodies on every operation of the spec: malformed, truncated and trailing JSON, wrong top-level
 * types, every property of the request schema with a value of the wrong type, unknown and read-only properties,
 * over-long strings, control characters and invalid UTF-8, huge numbers, empty bodies, bodies where none is taken,
 * and bodies over the size limit.
 */
@QuarkusTest
class BodyAttacksTest extends AttackSuite {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> MALFORMED = List.of("{\"a\":", "{", "{'region': 'x'}", "[1,", "{\"a\" 1}",
            "{\"a\":01}", "{,}");
    /** Longer than any string ONTAP keeps (the finding: a 64 KB key-server name was accepted). */
    private static final int OVER_LONG = 70_000;
    /** Over {@code quarkus.http.limits.max-body-size} (10240K). */
    private static final long OVERSIZED = 10_240L * 1024 + 64 * 1024;
    private static final String PLACEHOLDER = "ATTACK-PLACEHOLDER";

    @Override
    List<AttackCase> cases(Target target, String path) {
        String method = target.op().method();
        List<AttackCase> cases = new ArrayList<>();
        if (!target.takesBody()) {
            cases.add(AttackCase.of("a body where none is taken", method, path, "{\"zz_unknown\": 1}",
                    bodyNotAllowed()));
            cases.add(AttackCase.of("malformed JSON where no body is taken", method, path, "{\"a\":",
                    bodyNotAllowed()));
            return cases;
        }
        ObjectNode base = target.exampleBody();
        String text = base.toString();
        for (String malformed : MALFORMED) {
            cases.add(AttackCase.of("malformed JSON " + malformed, method, path, malformed, invalidJson()));
        }
        cases.add(AttackCase.of("truncated JSON", method, path, text.substring(0, text.length() / 2), invalidJson()));
        cases.add(AttackCase.of("trailing data", method, path, text + " xyz", invalidJson()));
        cases.add(AttackCase.of("a second JSON value", method, path, text + "{}", invalidJson()));
        for (String topLevel : List.of("[]", "\"x\"", "1", "true")) {
            cases.add(AttackCase.of("top-level " + topLevel, method, path, topLevel,
                    code(400, CommonErrors.INVALID_FIELD_VALUE, CommonErrors.INVALID_JSON)));
        }
        cases.add(AttackCase.of("top-level null", method, path, "null", refused(target.op())));
        cases.add(AttackCase.of("no body", method, path, null, refused(target.op())));
        cases.add(AttackCase.bytes("empty body", method, path, new byte[0], refused(target.op())));
        cases.add(AttackCase.of("unknown property", method, path, with(base, List.of("zz_unknown"), JSON.numberNode(1)),
                unexpectedArgument()));
        for (String field : target.readOnlyFields()) {
            cases.add(AttackCase.of("read-only property " + field, method, path,
                    with(base, List.of(field), JSON.textNode("x")), unexpectedArgument()));
        }
        for (Property property : target.properties()) {
            cases.addAll(propertyCases(target, path, base, property));
        }
        firstString(target).ifPresent(p -> {
            String raw = with(base, p.path(), JSON.textNode(PLACEHOLDER));
            // Not JSON: RFC 8259 wants control characters escaped and the text UTF-8.
            cases.add(AttackCase.of("raw control characters in " + p.dotted(), method, path,
                    raw.replace(PLACEHOLDER, "a\u0001\u0007\u001fb"), invalidJson()));
            cases.add(AttackCase.bytes("invalid UTF-8 in " + p.dotted(), method, path, invalidUtf8(raw), invalidJson()));
        });
        cases.add(new AttackCase("oversized body (Content-Length)", method, path.getBytes(StandardCharsets.UTF_8),
                AttackCase.JSON_BODY + "Content-Length: " + OVERSIZED + "\r\n", null, OVERSIZED, httpLayer(413)));
        cases.add(new AttackCase("oversized body (chunked)", method, path.getBytes(StandardCharsets.UTF_8),
                AttackCase.JSON_BODY + "Transfer-Encoding: chunked\r\n", null, OVERSIZED, httpLayer(413)));
        return cases;
    }

    private static List<AttackCase> propertyCases(Target target, String path, ObjectNode base, Property property) {
        String method = target.op().method();
        String type = AttackSurface.type(property.schema());
        List<AttackCase> cases = new ArrayList<>();
        for (JsonNode wrong : wrongValues(type)) {
            cases.add(AttackCase.of("wrong type " + property.dotted() + " = " + wrong, method, path,
                    with(base, property.path(), wrong), invalidFieldValue()));
        }
        if (type.equals("object")) {
            List<Object> unknown = new ArrayList<>(property.path());
            unknown.add("zz_unknown");
            cases.add(AttackCase.of("unknown property " + property.dotted() + ".zz_unknown", method, path,
                    with(base, unknown, JSON.numberNode(1)), unexpectedArgument()));
        }
        Optional<Integer> familyLimit = AttackSurface.familyMaxLength(property.schema());
        if (type.equals("string") && !AttackSurface.isEnum(property.schema()) && familyLimit.isEmpty()) {
            int length = AttackSurface.maxLength(property.schema()).map(max -> max + 1).orElse(OVER_LONG);
            cases.add(AttackCase.of("over-long " + property.dotted() + " (" + length + " characters)", method, path,
                    with(base, property.path(), JSON.textNode("a".repeat(length))), invalidFieldValue()));
        }
        // A limit the family checks per record, with its own documented code: a query selecting none checks nothing.
        if (familyLimit.isPresent() && !target.queryBased()) {
            int length = familyLimit.get() + 1;
            cases.add(AttackCase.of("over-long " + property.dotted() + " (" + length + " characters)", method, path,
                    with(base, property.path(), JSON.textNode("a".repeat(length))), refused(target.op())));
        }
        if (type.equals("integer") || type.equals("number")) {
            for (String huge : List.of("1e400", "99999999999999999999999", "-99999999999999999999999")) {
                String body = with(base, property.path(), JSON.textNode(PLACEHOLDER)).replace("\"" + PLACEHOLDER + "\"",
                        huge);
                cases.add(AttackCase.of("huge number " + property.dotted() + " = " + huge, method, path, body,
                        invalidFieldValue()));
            }
        }
        return cases;
    }

    /** Values no property of the type holds (a number for a string, a string for a number, ...). */
    private static List<JsonNode> wrongValues(String type) {
        return switch (type) {
            case "string" -> List.of(JSON.numberNode(123), JSON.booleanNode(true), JSON.objectNode());
            case "integer" -> List.of(JSON.textNode("443"), JSON.numberNode(1.5), JSON.booleanNode(true));
            case "number" -> List.of(JSON.textNode("1"), JSON.booleanNode(true));
            case "boolean" -> List.of(JSON.textNode("true"), JSON.numberNode(1), JSON.textNode("yes"));
            case "array" -> List.of(JSON.textNode("x"), JSON.objectNode(), JSON.numberNode(1));
            default -> List.of(JSON.textNode("x"), JSON.numberNode(1), JSON.arrayNode());
        };
    }

    private static Optional<Property> firstString(Target target) {
        return target.properties().stream().filter(p -> AttackSurface.type(p.schema()).equals("string")).findFirst();
    }

    private static String with(ObjectNode base, List<Object> path, JsonNode value) {
        return AttackSurface.with(base, path, value).toString();
    }

    /** The body with its placeholder replaced by bytes that are not UTF-8 (a lone continuation byte, 0xC3 0x28). */
    private static byte[] invalidUtf8(String body) {
        int at = body.indexOf(PLACEHOLDER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] { 'a', (byte) 0xC3, 0x28, (byte) 0x80, 'b' });
        out.writeBytes(body.substring(at + PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
