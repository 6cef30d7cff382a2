package org.myknees.archfixture.violating.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** Reads the system clock in every way the rule forbids. */
public final class SystemClockReader {

    public Instant instantNow() {
        return Instant.now();
    }

    public LocalDate todayInZone() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Supplier<YearMonth> currentMonth() {
        return YearMonth::now;
    }

    public long millis() {
        return System.currentTimeMillis();
    }

    public long nanos() {
        return System.nanoTime();
    }

    public Clock utc() {
        return Clock.systemUTC();
    }

    public Clock local() {
        return Clock.systemDefaultZone();
    }
}
