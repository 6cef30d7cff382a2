package org.myknees.application.importing.port.out;

import java.time.LocalDate;
import java.util.Objects;
import org.myknees.domain.money.Money;

/** A balance the file states, as of a date. */
public record StatedBalance(Money amount, LocalDate date) {

    public StatedBalance {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
