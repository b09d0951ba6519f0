package io.github.ontapkmsmock.attack;

import static io.github.ontapkmsmock.attack.Expectations.code;
import static io.github.ontapkmsmock.attack.Expectations.givenTwice;
import static io.github.ontapkmsmock.attack.Expectations.httpLayer;
import static io.github.ontapkmsmock.attack.Expectations.invalidFieldValue;
import static io.github.ontapkmsmock.attack.Expectations.unexpectedArgument;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.attack.AttackCase.Expectation;
import io.github.ontapkmsmock.attack.AttackSurface.Parameter;
import io.github.ontapkmsmock.attack.AttackSurface.Target;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.spec.FieldTree;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile query strings on every operation of the spec: unknown parameters, every shared parameter the operation
 * takes with a value of the wrong type or out of its range, given twice, invalid {@code fields} and
 * {@code order_by}, an over-long query, and query strings that cannot be decoded. A body the operation takes goes
 * with them, made of the spec's examples.
 */
@QuarkusTest
class QueryAttacksTest extends AttackSuite {

    private static final int OVER_LONG = 70_000;

    @Override
    List<AttackCase> cases(Target target, String path) {
        List<AttackCase> cases = new ArrayList<>();
        cases.add(attack(target, path, "unknown parameter", "zz_unknown=1", unexpectedArgument()));
        cases.add(attack(target, path, "unknown parameter without a value", "zz_unknown", unexpectedArgument()));
        cases.add(attack(target, path, "a \"%\" without two hex digits", "zz_unknown=%ZZ",
                code(400, CommonErrors.INVALID_VALUE)));
        cases.add(attack(target, path, "a query that is not UTF-8", "zz_unknown=%C3%28",
                code(400, CommonErrors.INVALID_VALUE)));
        cases.add(attack(target, path, "over-long query (" + OVER_LONG + " characters)",
                "zz_unknown=" + "a".repeat(OVER_LONG), httpLayer(414)));
        for (Parameter parameter : target.queryParameters()) {
            cases.addAll(parameterCases(target, path, parameter));
        }
        return cases;
    }

    private static List<AttackCase> parameterCases(Target target, String path, Parameter parameter) {
        String name = parameter.name();
        JsonNode schema = parameter.schema();
        List<AttackCase> cases = new ArrayList<>();
        switch (parameter.type()) {
            case "integer" -> {
                cases.add(attack(target, path, name + " not a number", name + "=abc", invalidFieldValue()));
                cases.add(attack(target, path, name + " a fraction", name + "=1.5", invalidFieldValue()));
                cases.add(attack(target, path, name + " a huge number", name + "=99999999999999999999",
                        invalidFieldValue()));
                if (schema.has("minimum")) {
                    cases.add(attack(target, path, name + " below its minimum",
                            name + "=" + (schema.get("minimum").asLong() - 1), invalidFieldValue()));
                }
                if (schema.has("maximum")) {
                    cases.add(attack(target, path, name + " above its maximum",
                            name + "=" + (schema.get("maximum").asLong() + 1), invalidFieldValue()));
                }
                String valid = String.valueOf(schema.path("minimum").asLong(1));
                cases.add(attack(target, path, name + " given twice", name + "=" + valid + "&" + name + "=" + valid,
                        givenTwice()));
            }
            case "boolean" -> {
                cases.add(attack(target, path, name + " not true or false", name + "=maybe", invalidFieldValue()));
                cases.add(attack(target, path, name + " given twice", name + "=false&" + name + "=false",
                        givenTwice()));
            }
            case "array" -> {
                cases.add(attack(target, path, name + " names no field", name + "=zz_no_such_field",
                        invalidFieldValue()));
                if (name.equals("order_by")) {
                    String field = recordField(target);
                    cases.add(attack(target, path, "order_by in no direction", "order_by=" + field + "%20sideways",
                            invalidFieldValue()));
                }
            }
            default -> {
            }
        }
        return cases;
    }

    private static AttackCase attack(Target target, String path, String name, String query, Expectation expected) {
        String body = target.takesBody() ? target.exampleBody().toString() : null;
        return AttackCase.of(name, target.op().method(), withQuery(path, query), body, expected);
    }

    /** A field of the records the operation lists, to order them by. */
    private static String recordField(Target target) {
        return target.op().records().map(FieldTree::children).flatMap(c -> c.keySet().stream().findFirst())
                .orElse("name");
    }
}
