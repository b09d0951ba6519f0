package io.github.ontapkmsmock.ontap.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
