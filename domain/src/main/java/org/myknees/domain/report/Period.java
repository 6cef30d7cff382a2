package org.myknees.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** An inclusive range of calendar dates. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period of(YearMonth first, YearMonth last) {
        return new Period(first.atDay(1), last.atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
