package io.github.ontapkmsmock.ontap.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        String operand = only.op() == Op.EQ && !only.negated() ? only.operand().original() : "";
        return operand.isEmpty() ? Optional.empty() : Optional.of(operand);
    }

    /**
     * The value a key lookup can serve this filter with: its plain value when that is not a number (a number also
     * equals other spellings of itself, {@code 1.0} and {@code 1}). It matches exactly the records whose field is
     * this text without regard to case.
     */
    public Optional<String> indexableValue() {
        return plainValue().filter(v -> number(v) == null);
    }

    /**
     * Whether a record whose field has these values (several for a field inside an array; none if absent) matches;
     * a value as its text in the wire form ({@code "vs0"}, {@code "30"}, {@code "true"}).
     */
    public boolean matches(List<String> values) {
        for (Term term : alternatives) {
            if (term.matches(values)) {
                return true;
            }
        }
        return false;
    }

    private record Term(boolean negated, Op op, Text operand, Text high, Glob glob) {

        static Term parse(String text) {
            boolean negated = text.startsWith("!");
            String t = negated ? text.substring(1) : text;
            for (Op op : List.of(Op.LE, Op.GE, Op.LT, Op.GT)) {
                if (t.startsWith(op.symbol)) {
                    return new Term(negated, op, Text.of(t.substring(op.symbol.length())), null, null);
                }
            }
            int range = t.indexOf("..");
            if (range > 0) {
                return new Term(negated, Op.RANGE, Text.of(t.substring(0, range)), Text.of(t.substring(range + 2)),
                        null);
            }
            if (t.contains("*")) {
                return new Term(negated, Op.GLOB, Text.of(t), null, Glob.of(t));
            }
            return new Term(negated, Op.EQ, Text.of(t), null, null);
        }

        boolean matches(List<String> values) {
            boolean any = false;
            for (String value : values) {
                if (value != null && holds(value)) {
                    any = true;
                    break;
                }
            }
            return negated != any;
        }

        private boolean holds(String value) {
            if (op == Op.GLOB) {
                return glob.matches(value);
            }
            Text text = Text.of(value);
            return switch (op) {
                case EQ -> text.compareTo(operand) == 0;
                case LT -> text.compareTo(operand) < 0;
                case LE -> text.compareTo(operand) <= 0;
                case GT -> text.compareTo(operand) > 0;
                case GE -> text.compareTo(operand) >= 0;
                case RANGE -> text.compareTo(operand) >= 0 && text.compareTo(high) <= 0;
                case GLOB -> throw new IllegalStateException("answered above");
            };
        }
    }

    /**
     * A {@code *} pattern: each {@code *} stands for any run of characters, the rest for itself, ASCII letters
     * without regard to case (as a case-insensitive {@link java.util.regex.Pattern} compares them, not other
     * letters). Matched without a regular expression: it runs once per record of a collection.
     */
    record Glob(String[] parts) {

        static Glob of(String pattern) {
            return new Glob(pattern.split("\\*", -1));
        }

        boolean matches(String text) {
            String first = parts[0];
            String last = parts[parts.length - 1];
            int from = first.length();
            int end = text.length() - last.length();
            if (end < from || !at(text, 0, first) || !at(text, end, last)) {
                return false;
            }
            for (int i = 1; i < parts.length - 1; i++) {
                int found = find(text, parts[i], from, end);
                if (found < 0) {
                    return false;
                }
                from = found + parts[i].length();
            }
            return true;
        }

        /** The first place from {@code from} where the part lies wholly before {@code end}; -1 if none. */
        private static int find(String text, String part, int from, int end) {
            for (int i = from; i + part.length() <= end; i++) {
                if (at(text, i, part)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean at(String text, int offset, String part) {
            for (int i = 0; i < part.length(); i++) {
                if (lowerAscii(text.charAt(offset + i)) != lowerAscii(part.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }

    /** Numbers as numbers when both sides are numbers, otherwise text without regard to case. */
    static int compare(String left, String right) {
        return Text.of(left).compareTo(Text.of(right));
    }

    /** A value as the query language compares it: read once, compared many times (when sorting). */
    record Text(String original, String lowerCase, BigDecimal number) implements Comparable<Text> {

        static Text of(String text) {
            return new Text(text, text.toLowerCase(Locale.ROOT), FieldFilter.number(text));
        }

        @Override
        public int compareTo(Text other) {
            if (number != null && other.number != null) {
                return number.compareTo(other.number);
            }
            return lowerCase.compareTo(other.lowerCase);
        }
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
