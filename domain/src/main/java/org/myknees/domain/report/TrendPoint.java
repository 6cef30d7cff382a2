package org.myknees.domain.report;

import java.time.YearMonth;
import java.util.Objects;
import org.myknees.domain.money.Money;

/**
 * One month of a category trend. {@code partial} marks a month the data does not cover completely: the month
 * that is still running, or the month in which the household's data begins after its first day.
 */
public record TrendPoint(YearMonth month, Money total, long count, boolean partial) {

    public TrendPoint {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(total, "total");
    }
}
