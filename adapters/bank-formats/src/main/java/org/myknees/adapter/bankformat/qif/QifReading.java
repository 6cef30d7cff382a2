package org.myknees.adapter.bankformat.qif;

import java.util.Optional;

/** A value read from a QIF field, or the reason it could not be read. */
record QifReading<T>(Optional<T> value, String problem) {

    static <T> QifReading<T> of(T value) {
        return new QifReading<>(Optional.of(value), "");
    }

    static <T> QifReading<T> failed(String problem) {
        return new QifReading<>(Optional.empty(), problem);
    }
}
