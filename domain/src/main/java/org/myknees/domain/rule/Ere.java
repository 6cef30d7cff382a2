package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * POSIX extended regular expressions (ERE), the portable flavour rules are written in, parsed into a small tree
 * and translated to {@code java.util.regex}. Translation is needed because the two differ: inside a bracket
 * expression ERE takes {@code \}, {@code [} and {@code &&} literally and knows {@code [:alpha:]}; a {@code {}
 * that starts no interval is a literal; {@code $} matches only at the very end. Escapes of letters and digits
 * ({@code \d}, {@code \b}, {@code \1}) are not ERE and are refused rather than guessed. Case-insensitive patterns
 * are matched against {@link CaseFold folded} text.
 */
final class Ere {

    private static final int MAX_REPEAT = 1000;

    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alpha", "Alpha"), Map.entry("digit", "Digit"), Map.entry("alnum", "Alnum"),
            Map.entry("upper", "Upper"), Map.entry("lower", "Lower"), Map.entry("space", "Space"),
            Map.entry("blank", "Blank"), Map.entry("punct", "Punct"), Map.entry("print", "Print"),
            Map.entry("graph", "Graph"), Map.entry("cntrl", "Cntrl"), Map.entry("xdigit", "XDigit"));

    /** A parsed expression. */
    sealed interface Node {
    }

    record Literal(int codePoint) implements Node {
    }

    record AnyChar() implements Node {
    }

    /** {@code [...]}: single code points and ranges ({@code from == to} for one), plus named POSIX classes. */
    record Bracket(boolean negated, List<int[]> ranges, List<String> javaClasses) implements Node {
    }

    record Start() implements Node {
    }

    record End() implements Node {
    }

    record Concat(List<Node> items) implements Node {
    }

    record Alternation(List<Node> branches) implements Node {
    }

    /** {@code max < 0} means unbounded. */
    record Repeat(Node item, int min, int max) implements Node {
    }

    /** Thrown for text that is not a portable ERE; the message says where and why. */
    static final class SyntaxException extends IllegalArgumentException {

        SyntaxException(String pattern, int index, String reason) {
            super("regex '" + pattern + "' is not a valid POSIX extended regular expression: " + reason
                    + " (at index " + index + ")");
        }
    }

    private final String pattern;
    private int pos;
    private int depth;

    private Ere(String pattern) {
        this.pattern = pattern;
    }

    static Node parse(String pattern) {
        Ere parser = new Ere(pattern);
        Node node = parser.alternation();
        if (parser.pos < pattern.length()) {
            throw parser.error("unmatched ')'");
        }
        return node;
    }

    /** The Java pattern that matches, on {@link CaseFold folded} text when case is ignored, what the ERE matches. */
    static Pattern compile(Node node, boolean caseSensitive) {
        StringBuilder java = new StringBuilder();
        emit(node, java);
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(java.toString(), flags);
    }

    static boolean containsAnchor(Node node) {
        if (node instanceof Concat concat) {
            return concat.items().stream().anyMatch(Ere::containsAnchor);
        }
        if (node instanceof Alternation alternation) {
            return alternation.branches().stream().anyMatch(Ere::containsAnchor);
        }
        if (node instanceof Repeat repeat) {
            return containsAnchor(repeat.item());
        }
        return node instanceof Start || node instanceof End;
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(branch());
        while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            branches.add(branch());
        }
        return branches.size() == 1 ? branches.get(0) : new Alternation(List.copyOf(branches));
    }

    private Node branch() {
        List<Node> items = new ArrayList<>();
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == '|' || (c == ')' && depth > 0)) {
                break;
            }
            if (c == ')') {
                throw error("unmatched ')'");
            }
            items.add(piece());
        }
        return items.size() == 1 ? items.get(0) : new Concat(List.copyOf(items));
    }

    private Node piece() {
        int atomStart = pos;
        Node node = atom();
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            int min;
            int max;
            if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '{' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == ',') {
                throw error("an interval needs its minimum, as in {0,3}");
            } else if (c == '{' && intervalEnd(pos) > 0) {
                int end = intervalEnd(pos);
                String body = pattern.substring(pos + 1, end);
                int comma = body.indexOf(',');
                min = count(comma < 0 ? body : body.substring(0, comma));
                max = comma < 0 ? min : comma == body.length() - 1 ? -1 : count(body.substring(comma + 1));
                if (max >= 0 && min > max) {
                    throw error("interval {" + body + "} has its minimum above its maximum");
                }
                pos = end + 1;
            } else {
                break;
            }
            if (node instanceof Start || node instanceof End) {
                throw new SyntaxException(pattern, atomStart, "an anchor cannot be repeated");
            }
            node = new Repeat(node, min, max);
        }
        return node;
    }

    private Node atom() {
        int c = pattern.codePointAt(pos);
        switch (c) {
            case '(':
                pos++;
                depth++;
                Node inner = pos < pattern.length() && pattern.charAt(pos) == ')' ? new Concat(List.of()) : alternation();
                if (pos >= pattern.length()) {
                    throw error("unclosed '('");
                }
                pos++;
                depth--;
                return inner;
            case '.':
                pos++;
                return new AnyChar();
            case '^':
                pos++;
                return new Start();
            case '$':
                pos++;
                return new End();
            case '[':
                return bracket();
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
                throw error("'" + (char) c + "' has nothing to repeat");
            case '{':
                if (intervalEnd(pos) > 0) {
                    throw error("interval has nothing to repeat");
                }
                pos++;
                return new Literal('{');
            default:
                pos += Character.charCount(c);
                return new Literal(c);
        }
    }

    private Node escape() {
        if (pos + 1 >= pattern.length()) {
            throw error("a lone backslash ends the pattern");
        }
        int c = pattern.codePointAt(pos + 1);
        if (c < 128 && Character.isLetterOrDigit(c)) {
            throw error("'\\" + (char) c + "' is not portable ERE (write a bracket expression such as [0-9] or [ ])");
        }
        pos += 1 + Character.charCount(c);
        return new Literal(c);
    }

    private Node bracket() {
        int open = pos;
        pos++;
        boolean negated = pos < pattern.length() && pattern.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        List<int[]> ranges = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (pos >= pattern.length()) {
                throw new SyntaxException(pattern, open, "unterminated bracket expression");
            }
            int c = pattern.codePointAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[' && pos + 1 < pattern.length() && ":=.".indexOf(pattern.charAt(pos + 1)) >= 0) {
                classes.add(posixClass());
                continue;
            }
            pos += Character.charCount(c);
            if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
                int to = pattern.codePointAt(pos + 1);
                if (to == '[' && pos + 2 < pattern.length() && ":=.".indexOf(pattern.charAt(pos + 2)) >= 0) {
                    throw error("a range cannot end in a class or collating element");
                }
                if (to < c) {
                    throw error("range " + new String(Character.toChars(c)) + "-" + new String(Character.toChars(to))
                            + " is reversed");
                }
                pos += 1 + Character.charCount(to);
                ranges.add(new int[] {c, to});
            } else {
                ranges.add(new int[] {c, c});
            }
        }
        return new Bracket(negated, List.copyOf(ranges), List.copyOf(classes));
    }

    private String posixClass() {
        char kind = pattern.charAt(pos + 1);
        int close = pattern.indexOf(kind + "]", pos + 2);
        if (close < 0) {
            throw error("unterminated [" + kind);
        }
        if (kind != ':') {
            throw error("collating elements and equivalence classes ([" + kind + "..." + kind + "]) are not supported");
        }
        String name = pattern.substring(pos + 2, close);
        String java = POSIX_CLASSES.get(name);
        if (java == null) {
            throw error("[:" + name + ":] is not a POSIX character class");
        }
        pos = close + 2;
        return java;
    }

    /** The index of the '}' closing a well-formed interval at {@code open}, or -1 when '{' is a plain character. */
    private int intervalEnd(int open) {
        int i = open + 1;
        int digits = 0;
        while (i < pattern.length() && pattern.charAt(i) >= '0' && pattern.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return -1;
        }
        if (i < pattern.length() && pattern.charAt(i) == ',') {
            i++;
            while (i < pattern.length() && pattern.charAt(i) >= '0' && pattern.charAt(i) <= '9') {
                i++;
            }
        }
        return i < pattern.length() && pattern.charAt(i) == '}' ? i : -1;
    }

    private int count(String digits) {
        if (digits.length() > 4 || Integer.parseInt(digits) > MAX_REPEAT) {
            throw error("repeat count " + digits + " is above " + MAX_REPEAT);
        }
        return Integer.parseInt(digits);
    }

    private SyntaxException error(String reason) {
        return new SyntaxException(pattern, pos, reason);
    }

    private static void emit(Node node, StringBuilder java) {
        if (node instanceof Literal literal) {
            emitCodePoint(literal.codePoint(), java);
        } else if (node instanceof AnyChar) {
            java.append('.');
        } else if (node instanceof Start) {
            java.append('^');
        } else if (node instanceof End) {
            java.append("\\z");
        } else if (node instanceof Bracket bracket) {
            java.append(bracket.negated() ? "[^" : "[");
            for (int[] range : bracket.ranges()) {
                emitCodePoint(range[0], java);
                if (range[1] != range[0]) {
                    java.append('-');
                    emitCodePoint(range[1], java);
                }
            }
            bracket.javaClasses().forEach(name -> java.append("\\p{").append(name).append('}'));
            java.append(']');
        } else if (node instanceof Concat concat) {
            concat.items().forEach(item -> emit(item, java));
        } else if (node instanceof Alternation alternation) {
            java.append("(?:");
            for (int i = 0; i < alternation.branches().size(); i++) {
                java.append(i == 0 ? "" : "|");
                emit(alternation.branches().get(i), java);
            }
            java.append(')');
        } else if (node instanceof Repeat repeat) {
            java.append("(?:");
            emit(repeat.item(), java);
            java.append(')').append(quantifier(repeat.min(), repeat.max()));
        }
    }

    private static String quantifier(int min, int max) {
        if (max < 0) {
            return min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}";
        }
        if (min == 0 && max == 1) {
            return "?";
        }
        return min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
    }

    /** Letters and digits of ASCII as themselves, everything else as {@code \x{...}}, which Java never reinterprets. */
    private static void emitCodePoint(int codePoint, StringBuilder java) {
        if (codePoint < 128 && Character.isLetterOrDigit(codePoint)) {
            java.append((char) codePoint);
        } else {
            java.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
        }
    }
}
