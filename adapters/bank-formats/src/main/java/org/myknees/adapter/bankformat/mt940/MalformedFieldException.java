package org.myknees.adapter.bankformat.mt940;

/** A part of one field cannot be read; the caller quarantines the row or drops the balance with a warning. */
final class MalformedFieldException extends Exception {

    private final String field;

    MalformedFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The part that failed, such as {@code :61: amount}. */
    String field() {
        return field;
    }
}
