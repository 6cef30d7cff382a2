package org.myknees.application.importing.port.out;

/**
 * Hears how far one import has come, so a person at a terminal can watch a long one: the capability a driving
 * adapter hands to {@link org.myknees.application.importing.port.in.ImportStatementUseCase} for one call. Called on the importing
 * thread, in this order: {@link #parsed} once, then {@link #storing} and {@link #stored} once each unless nothing
 * is written (a dry run, or a file imported before). Listeners must be quick and must not throw.
 */
public interface ImportProgress {

    /** Hears nothing. */
    ImportProgress NONE = new ImportProgress() {
    };

    /** The file was read: {@code rows} rows and orders, readable or quarantined. */
    default void parsed(int rows) {
    }

    /**
     * The batch's unit of work starts writing at most {@code rows} new rows and purchases: rows still to be judged
     * while earlier ones are written count as new, so the count can be larger than what {@link #stored} hears.
     */
    default void storing(int rows) {
    }

    /** The batch committed with {@code rows} new rows and purchases. */
    default void stored(int rows) {
    }
}
