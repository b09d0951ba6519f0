package io.github.ontapkmsmock.ontap.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.ontap.spec.SchemaRules.Rule;
import io.github.ontapkmsmock.ontap.spec.SchemaRules.Violation;

/** The spec's constraints on a JSON value, reported as bean validation reported them on the generated models. */
class SchemaRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SPEC = json("""
            {"components": {"schemas": {
              "key_server_create": {"type": "object", "required": ["server", "timeout"],
                "properties": {
                  "server": {"type": "string", "maxLength": 261},
                  "timeout": {"type": "integer", "minimum": 1, "maximum": 60, "default": 10},
                  "secondary_key_servers": {"type": "array", "items": {"type": "string", "maxLength": 3}},
                  "records": {"type": "array", "items": {"$ref": "#/components/schemas/record"}},
                  "_links": {"type": "object", "properties": {"self": {"type": "object",
                    "properties": {"href": {"type": "string", "maxLength": 5}}}}},
                  "state": {"type": "string", "maxLength": 2, "enum": ["active", "inactive"]}}},
              "record": {"type": "object", "required": ["server"], "allOf": [{"properties": {
                  "server": {"type": "string", "maxLength": 4}}}]},
              "fault_rule": {"type": "object", "properties": {
                  "probability": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 1}}}
            }}}""");
    private static final SchemaRules RULES = new SchemaRules(SPEC,
            node -> node.has("$ref") ? SPEC.at(node.get("$ref").asText().substring(1)) : node);

    /** Stand-ins named as the generator names the classes of those schemas. */
    private static final class KeyServerCreate {
    }

    private static final class FaultRule {
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Violation> check(Class<?> model, String body) {
        return RULES.check(model, json(body));
    }

    @Test
    void schemaOfAGeneratedModelIsTheSchemaItWasNamedAfter() {
        assertEquals(SPEC.at("/components/schemas/key_server_create"), RULES.schemaOf(KeyServerCreate.class).get());
        assertTrue(RULES.schemaOf(String.class).isEmpty());
    }

    @Test
    void aRequiredPropertyMissingOrNullIsReportedUnlessItHasADefault() {
        List<Violation> found = check(KeyServerCreate.class, "{\"server\": null}");

        assertEquals(1, found.size());
        assertEquals(new Violation("server", List.of("server"), Rule.REQUIRED, null), found.get(0));
        assertEquals("must not be null", found.get(0).message());
    }

    @Test
    void anOverLongStringNamesItsLimit() {
        Violation v = check(KeyServerCreate.class, "{\"server\": \"" + "a".repeat(262) + "\"}").get(0);

        assertEquals(Rule.MAX_LENGTH, v.rule());
        assertEquals("261", v.limit());
        assertEquals("size must be between 0 and 261", v.message());
    }

    @Test
    void anEnumerationIsNotMeasured() {
        assertEquals(List.of(), check(KeyServerCreate.class, "{\"server\": \"s\", \"state\": \"inactive\"}"));
    }

    @Test
    void numbersOutsideTheirBoundsAreReportedInBeanValidationsWords() {
        assertEquals("must be greater than or equal to 1",
                check(KeyServerCreate.class, "{\"server\": \"s\", \"timeout\": 0}").get(0).message());
        assertEquals("must be less than or equal to 60",
                check(KeyServerCreate.class, "{\"server\": \"s\", \"timeout\": 61}").get(0).message());
        assertEquals("must be greater than 0", check(FaultRule.class, "{\"probability\": 0}").get(0).message());
        assertEquals(List.of(), check(FaultRule.class, "{\"probability\": 0.5}"));
    }

    @Test
    void elementsOfListsAreNamedByTheirIndex() {
        List<Violation> found = check(KeyServerCreate.class,
                "{\"server\": \"s\", \"records\": [{\"server\": \"ok\"}, {}], \"secondary_key_servers\": [\"abcd\"]}");

        assertEquals(List.of("records[1].server", "secondaryKeyServers[0].<list element>"),
                found.stream().map(Violation::path).toList());
        assertEquals("records.server", found.get(0).field());
        assertEquals("secondary_key_servers.<list element>", found.get(1).field());
    }

    @Test
    void violationsComeInTheOrderOfTheirPathsAndNameTheJsonFields() {
        List<Violation> found = check(KeyServerCreate.class,
                "{\"_links\": {\"self\": {\"href\": \"too long\"}}, \"timeout\": 99}");

        assertEquals(List.of("links.self.href", "server", "timeout"), found.stream().map(Violation::path).toList());
        assertEquals("_links.self.href", found.get(0).field());
    }

    @Test
    void aPropertyTheModelDoesNotShowIsCheckedAlone() {
        assertEquals(Rule.MAX_LENGTH,
                RULES.checkProperty(KeyServerCreate.class, "server", json("\"" + "a".repeat(262) + "\"")).get(0)
                        .rule());
        assertEquals(List.of(), RULES.checkProperty(KeyServerCreate.class, "server", json("null")));
    }

    @Test
    void aClassOfNoSchemaHasNothingToCheck() {
        assertTrue(!RULES.covers(String.class) && RULES.covers(FaultRule.class));
        assertEquals(List.of(), RULES.check(String.class, json("{\"server\": null}")));
    }
}
