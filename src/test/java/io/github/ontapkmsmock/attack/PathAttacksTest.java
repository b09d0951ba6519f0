package io.github.ontapkmsmock.attack;

import static io.github.ontapkmsmock.attack.Expectations.noSuchRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ontapkmsmock.attack.AttackSurface.Target;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile path keys in every path parameter of every operation of the spec: keys no record has, keys that are not
 * UUIDs, dot-segments raw and percent-encoded, and encoded slashes. None may reach another resource (the finding:
 * {@code DELETE .../key-servers/%2E%2E} deleted the whole key manager); each is 404 code "4", or 400.
 */
@QuarkusTest
class PathAttacksTest extends AttackSuite {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> NO_SUCH_KEYS = List.of("not-a-uuid", NO_RECORD, "%00", "%20", "a".repeat(300),
            "%E2%80%AE");
    private static final List<String> DOT_SEGMENTS = List.of(".", "..", "%2E", "%2e", "%2E%2E", "%2e%2e", ".%2E",
            "%2E.");
    private static final List<String> ENCODED_SLASHES = List.of("%2F", "a%2Fb", "..%2F..", "%2F..", "%2e%2e%2f",
            "%5C..%5C");

    @Override
    List<AttackCase> cases(Target target, String path) {
        List<AttackCase> cases = new ArrayList<>();
        String template = target.op().pathTemplate();
        List<String> parameters = target.pathParameters();
        for (int i = 0; i < parameters.size(); i++) {
            for (List<String> keys : List.of(NO_SUCH_KEYS, DOT_SEGMENTS, ENCODED_SLASHES)) {
                for (String key : keys) {
                    String attacked = withKey(template, path, i, key);
                    String body = target.takesBody() ? target.exampleBody().toString() : null;
                    cases.add(AttackCase.of(parameters.get(i) + " = " + abbreviated(key), target.op().method(),
                            attacked, body, noSuchRecord(target.op())));
                }
            }
        }
        return cases;
    }

    /** The path with real keys, the {@code index}-th parameter's key replaced. */
    private static String withKey(String template, String path, int index, String key) {
        String[] templateSegments = template.split("/");
        String[] pathSegments = path.split("/");
        int seen = 0;
        for (int s = 0; s < templateSegments.length; s++) {
            Matcher m = PARAMETER.matcher(templateSegments[s]);
            if (m.matches() && seen++ == index) {
                pathSegments[s] = key;
            }
        }
        return String.join("/", pathSegments);
    }

    private static String abbreviated(String key) {
        return key.length() > 20 ? key.substring(0, 8) + "... (" + key.length() + " characters)" : key;
    }
}
