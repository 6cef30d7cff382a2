package org.myknees.domain.report;

import java.time.YearMonth;
import java.util.Objects;
import org.myknees.domain.money.Money;

/**
 * Money in and out of one month in one currency, transfers between own accounts excluded.
 *
 * @param income   the sum of positive amounts
 * @param spending the sum of negative amounts (a negative number, or zero)
 * @param net      income plus spending
 */
public record CashFlowMonth(YearMonth month, Money income, Money spending, Money net) {

    public CashFlowMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(spending, "spending");
        Objects.requireNonNull(net, "net");
    }
}
