package org.myknees.domain.rule;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A condition compiled by {@link RuleSetCompiler}: text tests read the literal hits of the {@link Scan}. */
abstract class Check {

    abstract boolean test(Scan scan);

    static Check anyOf(List<Check> checks) {
        return checks.size() == 1 ? checks.get(0) : new AnyOf(checks.toArray(Check[]::new));
    }

    static Check allOf(List<Check> checks) {
        return checks.size() == 1 ? checks.get(0) : new AllOf(checks.toArray(Check[]::new));
    }

    /** One literal found by one scanner, in one {@link AhoCorasick} plane (anywhere, at the start, …). */
    static final class Hit extends Check {

        private final int scanner;
        private final int index;
        private final long mask;

        Hit(int scanner, int literal, int plane) {
            this.scanner = scanner;
            this.index = AhoCorasick.hitIndex(literal, plane);
            this.mask = 1L << literal;
        }

        @Override
        boolean test(Scan scan) {
            return (scan.hits[scanner][index] & mask) != 0;
        }
    }

    /** A regex, run only when its prefilter (if any) holds. */
    static final class Regex extends Check {

        private final TextField field;
        private final boolean caseSensitive;
        private final Pattern pattern;
        private final Check prefilter;

        Regex(TextField field, boolean caseSensitive, Pattern pattern, Check prefilter) {
            this.field = field;
            this.caseSensitive = caseSensitive;
            this.pattern = pattern;
            this.prefilter = prefilter;
        }

        @Override
        boolean test(Scan scan) {
            if (prefilter != null && !prefilter.test(scan)) {
                return false;
            }
            String text = scan.text(field, caseSensitive);
            return text != null && pattern.matcher(text).find();
        }
    }

    /** A test that needs no literal: amount, direction, account, dates. */
    static final class Leaf extends Check {

        private final Predicate<RuleSubject> test;

        Leaf(Predicate<RuleSubject> test) {
            this.test = test;
        }

        @Override
        boolean test(Scan scan) {
            return test.test(scan.subject);
        }
    }

    static final class AllOf extends Check {

        private final Check[] parts;

        AllOf(Check[] parts) {
            this.parts = parts;
        }

        @Override
        boolean test(Scan scan) {
            for (Check part : parts) {
                if (!part.test(scan)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class AnyOf extends Check {

        private final Check[] parts;

        AnyOf(Check[] parts) {
            this.parts = parts;
        }

        @Override
        boolean test(Scan scan) {
            for (Check part : parts) {
                if (part.test(scan)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Not extends Check {

        private final Check part;

        Not(Check part) {
            this.part = part;
        }

        @Override
        boolean test(Scan scan) {
            return !part.test(scan);
        }
    }
}
