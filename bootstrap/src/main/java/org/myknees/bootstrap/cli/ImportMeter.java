package org.myknees.bootstrap.cli;

import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.myknees.application.importing.port.out.ImportProgress;

/**
 * Shows one file's import on a {@link Progress} line: how many rows were parsed and how fast, then how many are
 * being stored, then how fast they were stored. The text is made by {@link #describe}, apart from any clock.
 */
final class ImportMeter implements ImportProgress {

    /** Where an import is. */
    enum Phase {
        PARSED("parsed"), STORING("storing"), STORED("stored");

        private final String verb;

        Phase(String verb) {
            this.verb = verb;
        }
    }

    private final Progress progress;
    private final LongSupplier nanoTime;
    private long since;
    private String parsedText = "";

    /** Starts measuring now, by the given clock of nanoseconds. */
    ImportMeter(Progress progress, LongSupplier nanoTime) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.since = nanoTime.getAsLong();
    }

    @Override
    public void parsed(int rows) {
        parsedText = describe(Phase.PARSED, rows, lap());
        progress.status(parsedText);
    }

    @Override
    public void storing(int rows) {
        lap();
        progress.status(parsedText + "; " + describe(Phase.STORING, rows, 0));
    }

    @Override
    public void stored(int rows) {
        progress.status(parsedText + "; " + describe(Phase.STORED, rows, lap()));
    }

    /** Nanoseconds since the previous lap (or the start); starts the next one. */
    private long lap() {
        long now = nanoTime.getAsLong();
        long elapsed = now - since;
        since = now;
        return elapsed;
    }

    /**
     * The status text of a phase: {@code parsed 200,000 rows (85,000 rows/s)}, {@code storing 200,000 rows…}; the
     * rate is left out where no time has passed.
     */
    static String describe(Phase phase, long rows, long elapsedNanos) {
        String counted = String.format(Locale.ROOT, "%s %,d %s", phase.verb, rows, rows == 1 ? "row" : "rows");
        if (phase == Phase.STORING) {
            return counted + "…";
        }
        if (elapsedNanos <= 0) {
            return counted;
        }
        long perSecond = Math.round(rows * 1e9 / elapsedNanos);
        return String.format(Locale.ROOT, "%s (%,d rows/s)", counted, perSecond);
    }
}
