package io.github.ontapkmsmock.ontap.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value of ONTAP's query language, as in {@code svm.name=vs*|!vs1} or {@code polling_period=30..60}:
 * alternatives joined by {@code |}, each optionally negated with {@code !}, compared with {@code <}, {@code >},
 * {@code <=}, {@code >=}, a range {@code low..high}, a {@code *} wildcard, or equality. Strings compare without
 * regard to case, numbers as numbers.
 */
public final class FieldFilter {

    private final List<Term> alternatives;

    private FieldFilter(List<Term> alternatives) {
        this.alternatives = alternatives;
    }

    public static FieldFilter parse(String expression) {
        List<Term> terms = new ArrayList<>();
        for (String alternative : expression.split("\\|", -1)) {
            terms.add(Term.parse(alternative));
        }
        return new FieldFilter(List.copyOf(terms));
    }

    /** The one value this filter asks for, when it is that and not a pattern ({@code vs0}, not {@code vs*|!vs1}). */
    public Optional<String> plainValue() {
        if (alternatives.size() != 1) {
            return Optional.empty();
        }
        Term only = alternatives.get(0);
        return only.op() == Op.EQ && !only.negated() && !only.operand().isEmpty() ? Optional.of(only.operand())
                : Optional.empty();
    }

    /** Whether a record whose field has these values (several for a field inside an array; none if absent) matches. */
    public boolean matches(List<JsonNode> values) {
        for (Term term : alternatives) {
            if (term.matches(values)) {
                return true;
            }
        }
        return false;
    }

    private record Term(boolean negated, Op op, String operand, String high, Pattern glob) {

        static Term parse(String text) {
            boolean negated = text.startsWith("!");
            String t = negated ? text.substring(1) : text;
            for (Op op : List.of(Op.LE, Op.GE, Op.LT, Op.GT)) {
                if (t.startsWith(op.symbol)) {
                    return new Term(negated, op, t.substring(op.symbol.length()), null, null);
                }
            }
            int range = t.indexOf("..");
            if (range > 0) {
                return new Term(negated, Op.RANGE, t.substring(0, range), t.substring(range + 2), null);
            }
            if (t.contains("*")) {
                String regex = ("\\Q" + t.replace("*", "\\E.*\\Q") + "\\E").replace("\\Q\\E", "");
                return new Term(negated, Op.GLOB, t, null,
                        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
            }
            return new Term(negated, Op.EQ, t, null, null);
        }

        boolean matches(List<JsonNode> values) {
            boolean any = false;
            for (JsonNode value : values) {
                if (value != null && !value.isNull() && holds(value)) {
                    any = true;
                    break;
                }
            }
            return negated != any;
        }

        private boolean holds(JsonNode value) {
            String text = value.asText();
            return switch (op) {
                case EQ -> compare(text, operand) == 0;
                case LT -> compare(text, operand) < 0;
                case LE -> compare(text, operand) <= 0;
                case GT -> compare(text, operand) > 0;
                case GE -> compare(text, operand) >= 0;
                case RANGE -> compare(text, operand) >= 0 && compare(text, high) <= 0;
                case GLOB -> glob.matcher(text).matches();
            };
        }
    }

    /** Numbers as numbers when both sides are numbers, otherwise text without regard to case. */
    static int compare(String left, String right) {
        BigDecimal l = number(left);
        BigDecimal r = number(right);
        if (l != null && r != null) {
            return l.compareTo(r);
        }
        return left.toLowerCase(Locale.ROOT).compareTo(right.toLowerCase(Locale.ROOT));
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-')) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private enum Op {
        EQ("="), LT("<"), LE("<="), GT(">"), GE(">="), RANGE(".."), GLOB("*");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }
}
