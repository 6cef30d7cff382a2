package org.myknees.domain.rule;

import java.time.DayOfWeek;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.myknees.domain.money.Money;

/**
 * The meaning of a {@link Condition}, written as plainly as possible: a predicate that tests one subject. It
 * checks the condition while building the predicate, and is the reference the compiled {@link RuleSet} must
 * agree with.
 */
final class ReferenceMatcher {

    /** A condition that cannot work; {@link Rule} reports it as an {@link InvalidRuleException}. */
    static final class Problem extends IllegalArgumentException {

        Problem(String reason) {
            super(reason);
        }
    }

    private ReferenceMatcher() {
    }

    static Predicate<RuleSubject> compile(Condition condition) {
        if (condition instanceof Condition.Text text) {
            return text(text);
        }
        if (condition instanceof Condition.All all) {
            List<Predicate<RuleSubject>> parts = parts(all.conditions(), "all of");
            return subject -> parts.stream().allMatch(part -> part.test(subject));
        }
        if (condition instanceof Condition.Any any) {
            List<Predicate<RuleSubject>> parts = parts(any.conditions(), "any of");
            return subject -> parts.stream().anyMatch(part -> part.test(subject));
        }
        if (condition instanceof Condition.Not not) {
            return compile(not.condition()).negate();
        }
        return leaf(condition);
    }

    /** The test of a condition on amount, direction, account or date: the same in the reference and compiled forms. */
    static Predicate<RuleSubject> leaf(Condition condition) {
        if (condition instanceof Condition.Direction direction) {
            return direction.direction() == MoneyDirection.IN
                    ? subject -> subject.amount().isPositive()
                    : subject -> subject.amount().isNegative();
        }
        if (condition instanceof Condition.Amount amount) {
            return amount(amount);
        }
        if (condition instanceof Condition.Account account) {
            if (account.accounts().isEmpty()) {
                throw new Problem("account is one of: no account given");
            }
            return subject -> account.accounts().contains(subject.account());
        }
        if (condition instanceof Condition.BookedBetween between) {
            if (between.from().isAfter(between.to())) {
                throw new Problem("booked between: " + between.from() + " is after " + between.to());
            }
            return subject -> !subject.bookingDate().isBefore(between.from())
                    && !subject.bookingDate().isAfter(between.to());
        }
        if (condition instanceof Condition.Weekday weekday) {
            if (weekday.days().isEmpty()) {
                throw new Problem("weekday is one of: no day given");
            }
            Set<DayOfWeek> days = EnumSet.copyOf(weekday.days());
            return subject -> days.contains(subject.bookingDate().getDayOfWeek());
        }
        throw new IllegalArgumentException("Not a leaf condition: " + condition);
    }

    /** The regex of a {@link TextOperator#REGEX} condition, parsed, or a {@link Problem} saying why it is not one. */
    static Ere.Node regex(Condition.Text text) {
        try {
            return Ere.parse(text.patterns().get(0));
        } catch (Ere.SyntaxException e) {
            throw new Problem(describe(text) + ": " + e.getMessage());
        }
    }

    /** Checks the patterns of a text condition; returns them folded when case is ignored. */
    static List<String> patterns(Condition.Text text) {
        List<String> patterns = text.patterns();
        if (patterns.isEmpty()) {
            throw new Problem(describe(text) + ": no pattern given");
        }
        if (text.operator() != TextOperator.ONE_OF && patterns.size() > 1) {
            throw new Problem(describe(text) + ": takes one pattern, not " + patterns.size());
        }
        if (patterns.stream().anyMatch(String::isEmpty)) {
            throw new Problem(describe(text) + ": the pattern is empty");
        }
        return text.caseSensitive() ? patterns : patterns.stream().map(CaseFold::fold).toList();
    }

    static String describe(Condition.Text text) {
        return text.field().label() + " " + text.operator().label()
                + (text.caseSensitive() ? " (case-sensitive)" : "");
    }

    private static List<Predicate<RuleSubject>> parts(List<Condition> conditions, String group) {
        if (conditions.isEmpty()) {
            throw new Problem(group + ": no condition given");
        }
        return conditions.stream().map(ReferenceMatcher::compile).toList();
    }

    private static Predicate<RuleSubject> text(Condition.Text text) {
        List<String> patterns = patterns(text);
        String pattern = patterns.get(0);
        Predicate<String> test;
        switch (text.operator()) {
            case EQUALS:
                test = pattern::equals;
                break;
            case CONTAINS:
                test = value -> value.contains(pattern);
                break;
            case STARTS_WITH:
                test = value -> value.startsWith(pattern);
                break;
            case ENDS_WITH:
                test = value -> value.endsWith(pattern);
                break;
            case ONE_OF:
                test = Set.copyOf(patterns)::contains;
                break;
            default:
                Pattern regex = Ere.compile(regex(text), text.caseSensitive());
                test = value -> regex.matcher(value).find();
        }
        return subject -> {
            String value = subject.textOrNull(text.field());
            return value != null && test.test(text.caseSensitive() ? value : CaseFold.fold(value));
        };
    }

    private static Predicate<RuleSubject> amount(Condition.Amount amount) {
        String name = "amount " + amount.operator().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<Money> values = amount.values();
        if (values.isEmpty()) {
            throw new Problem(name + ": no amount given");
        }
        if (values.stream().map(Money::currency).distinct().count() > 1) {
            throw new Problem(name + ": amounts in several currencies " + values);
        }
        if (amount.magnitude() && values.stream().anyMatch(Money::isNegative)) {
            throw new Problem(name + ": compares magnitudes, so " + values + " must not be negative");
        }
        int expected = amount.operator() == AmountOperator.EQUALS ? 1 : amount.operator() == AmountOperator.BETWEEN ? 2 : -1;
        if (expected > 0 && values.size() != expected) {
            throw new Problem(name + ": takes " + expected + " amount(s), not " + values.size());
        }
        if (amount.operator() == AmountOperator.BETWEEN && values.get(0).compareTo(values.get(1)) > 0) {
            throw new Problem(name + ": minimum " + values.get(0) + " is above maximum " + values.get(1));
        }
        Currency currency = values.get(0).currency();
        Set<Long> minors = values.stream().map(Money::minorUnits).collect(Collectors.toUnmodifiableSet());
        long min = values.get(0).minorUnits();
        long max = values.get(values.size() - 1).minorUnits();
        boolean between = amount.operator() == AmountOperator.BETWEEN;
        boolean magnitude = amount.magnitude();
        return subject -> {
            Money actual = subject.amount();
            if (!actual.currency().equals(currency)) {
                return false;
            }
            long value = actual.minorUnits();
            if (magnitude && value < 0) {
                value = value == Long.MIN_VALUE ? Long.MAX_VALUE : -value;
            }
            return between ? value >= min && value <= max : minors.contains(value);
        };
    }
}
