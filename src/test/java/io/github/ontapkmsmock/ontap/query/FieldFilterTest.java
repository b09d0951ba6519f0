package io.github.ontapkmsmock.ontap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

class FieldFilterTest {

    private static boolean matches(String expression, JsonNode... values) {
        return FieldFilter.parse(expression).matches(Stream.of(values).map(JsonNode::asText).toList());
    }

    @Test
    void equalityIgnoresCase() {
        assertTrue(matches("vs0", TextNode.valueOf("VS0")));
        assertFalse(matches("vs0", TextNode.valueOf("vs01")));
    }

    @Test
    void wildcardMatchesAnyRun() {
        assertTrue(matches("vs*", TextNode.valueOf("vs1")));
        assertTrue(matches("*east*", TextNode.valueOf("us-east-1")));
        assertFalse(matches("vs*", TextNode.valueOf("cluster1")));
    }

    @Test
    void wildcardsAnchorBothEndsAndDoNotOverlap() {
        assertTrue(matches("a*b*c", TextNode.valueOf("aXbYc")));
        assertFalse(matches("a*b*c", TextNode.valueOf("acb")));
        assertFalse(matches("ab*ba", TextNode.valueOf("aba")));
        assertTrue(matches("ab*ba", TextNode.valueOf("abba")));
        assertTrue(matches("*", TextNode.valueOf("")));
        assertTrue(matches("x**y", TextNode.valueOf("x\ny")));
    }

    @Test
    void wildcardIgnoresTheCaseOfAsciiLettersOnly() {
        assertTrue(matches("VS*", TextNode.valueOf("vs1")));
        assertFalse(matches("\u00e9*", TextNode.valueOf("\u00c91")));
    }

    /** The wildcard was a case-insensitive regular expression; it matches exactly what that matched. */
    @Test
    void wildcardMatchesAsTheRegularExpressionItReplaces() {
        Random random = new Random(42);
        String letters = "aAbB\u00e9\u00c9\n"; // no "." in patterns: ".." is a range
        for (int n = 0; n < 20_000; n++) {
            String some = randomText(random, letters + "*", 6);
            String pattern = random.nextBoolean() ? some + "*" : "*" + some;
            String text = randomText(random, letters + ".", 8);
            Pattern regex = Pattern.compile(("\\Q" + pattern.replace("*", "\\E.*\\Q") + "\\E")
                    .replace("\\Q\\E", ""), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
            assertEquals(regex.matcher(text).matches(), matches(pattern, TextNode.valueOf(text)),
                    pattern + " against " + text);
        }
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void negationInvertsAndMatchesAbsentFields() {
        assertTrue(matches("!vs0", TextNode.valueOf("vs1")));
        assertFalse(matches("!vs0", TextNode.valueOf("vs0")));
        assertTrue(matches("!vs0"));
        assertFalse(matches("vs0"));
    }

    @Test
    void alternativesMatchAny() {
        assertTrue(matches("us-east-1|us-west-2", TextNode.valueOf("us-west-2")));
        assertFalse(matches("us-east-1|us-west-2", TextNode.valueOf("eu-west-1")));
    }

    @Test
    void comparisonsAreNumericForNumbers() {
        assertTrue(matches(">30", IntNode.valueOf(60)));
        assertFalse(matches(">30", IntNode.valueOf(5)));
        assertTrue(matches(">=60", IntNode.valueOf(60)));
        assertTrue(matches("<100", IntNode.valueOf(60)));
        assertFalse(matches("<=59", IntNode.valueOf(60)));
        assertTrue(matches(">9", IntNode.valueOf(10)), "10 > 9 as numbers, not as text");
    }

    @Test
    void rangesAreInclusive() {
        assertTrue(matches("30..60", IntNode.valueOf(30)));
        assertTrue(matches("30..60", IntNode.valueOf(60)));
        assertFalse(matches("30..60", IntNode.valueOf(61)));
    }

    @Test
    void booleansCompareAsText() {
        assertTrue(matches("true", BooleanNode.TRUE));
        assertFalse(matches("false", BooleanNode.TRUE));
    }

    @Test
    void anyValueOfAnArrayFieldMatches() {
        assertTrue(matches("10.*", TextNode.valueOf("vs0.local:5696"), TextNode.valueOf("10.0.0.5:5696")));
    }
}
