package io.github.ontapkmsmock.ontap.faults;

import java.util.regex.Pattern;

import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * The path of a fault rule: literal, or a pattern where {@code *} stands for any characters except {@code /} and
 * {@code **} for any characters ({@code /api/security/aws-kms/*}{@code /rekey-external}, {@code /api/**}).
 */
public record PathPattern(String text, Pattern regex) {

    private static final String SAMPLE_SEGMENT = "x";

    public static PathPattern of(String text) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (text.charAt(i) == '*') {
                regex.append("[^/]*");
                i++;
            } else {
                int next = nextWildcard(text, i);
                regex.append(Pattern.quote(text.substring(i, next)));
                i = next;
            }
        }
        return new PathPattern(text, Pattern.compile(regex + "/?"));
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /**
     * Whether some request to the operation can match: the pattern matches the operation's path with its
     * parameters filled in, or a path the pattern describes is one of the operation's.
     */
    public boolean canMatch(SpecOperation operation) {
        String filled = operation.pathTemplate().replaceAll("\\{[^}]+}", SAMPLE_SEGMENT);
        String sample = text.replace("**", SAMPLE_SEGMENT).replace("*", SAMPLE_SEGMENT);
        return matches(filled) || operation.pathMatches(sample);
    }

    private static int nextWildcard(String text, int from) {
        int star = text.indexOf('*', from);
        return star < 0 ? text.length() : star;
    }

    @Override
    public String toString() {
        return text;
    }
}
