package org.myknees.domain.rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.money.Money;

/**
 * What a rule tests about a {@link RuleSubject}: a tree of field tests joined by {@link All}, {@link Any} and
 * {@link Not}. A condition is a plain description; its meaning is checked when a {@link Rule} is built (bad
 * regex, empty pattern, a range whose minimum exceeds its maximum, …), so the error can name the rule.
 */
public sealed interface Condition {

    /**
     * Compares one text field with one pattern, or several for {@link TextOperator#ONE_OF}. Comparison
     * ignores case unless {@code caseSensitive}; see {@link TextOperator#REGEX} for the regex flavour.
     */
    record Text(TextField field, TextOperator operator, List<String> patterns, boolean caseSensitive)
            implements Condition {

        public Text {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            patterns = List.copyOf(patterns);
        }

        /** The same test, comparing case as written. */
        public Text matchingCase() {
            return new Text(field, operator, patterns, true);
        }
    }

    /** Money in (positive amount) or out (negative amount). */
    record Direction(MoneyDirection direction) implements Condition {

        public Direction {
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * Compares the amount with one value, several, or a range. With {@code magnitude} the amount's absolute
     * value is compared, so "between 10 and 50" catches a 20.00 purchase and a 20.00 refund alike. An amount in
     * another currency than the values never matches.
     */
    record Amount(AmountOperator operator, List<Money> values, boolean magnitude) implements Condition {

        public Amount {
            Objects.requireNonNull(operator, "operator");
            values = List.copyOf(values);
        }
    }

    /** Booked on one of these accounts. */
    record Account(Set<AccountId> accounts) implements Condition {

        public Account {
            accounts = Set.copyOf(accounts);
        }
    }

    /** Booked between two days, both included. */
    record BookedBetween(LocalDate from, LocalDate to) implements Condition {

        public BookedBetween {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Booked on one of these days of the week. */
    record Weekday(Set<DayOfWeek> days) implements Condition {

        public Weekday {
            days = Set.copyOf(days);
        }
    }

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Condition {

        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {

        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {

        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** A case-insensitive text test; {@link Text#matchingCase()} makes it case-sensitive. */
    static Text text(TextField field, TextOperator operator, String... patterns) {
        return new Text(field, operator, List.of(patterns), false);
    }

    static Direction moneyIn() {
        return new Direction(MoneyDirection.IN);
    }

    static Direction moneyOut() {
        return new Direction(MoneyDirection.OUT);
    }

    static Amount amountEquals(Money value) {
        return new Amount(AmountOperator.EQUALS, List.of(value), false);
    }

    static Amount amountOneOf(Money... values) {
        return new Amount(AmountOperator.ONE_OF, List.of(values), false);
    }

    /** Signed amount between {@code min} and {@code max}, both included. */
    static Amount amountBetween(Money min, Money max) {
        return new Amount(AmountOperator.BETWEEN, List.of(min, max), false);
    }

    /** Absolute amount between {@code min} and {@code max}, both included, whichever way the money moved. */
    static Amount magnitudeBetween(Money min, Money max) {
        return new Amount(AmountOperator.BETWEEN, List.of(min, max), true);
    }

    static Account account(AccountId... accounts) {
        return new Account(Set.of(accounts));
    }

    static BookedBetween bookedBetween(LocalDate from, LocalDate to) {
        return new BookedBetween(from, to);
    }

    static Weekday weekday(DayOfWeek... days) {
        return new Weekday(Set.of(days));
    }

    static All all(Condition... conditions) {
        return new All(List.of(conditions));
    }

    static Any any(Condition... conditions) {
        return new Any(List.of(conditions));
    }

    static Not not(Condition condition) {
        return new Not(condition);
    }
}
