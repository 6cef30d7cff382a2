package org.myknees.adapter.bankformat.camt;

/** One element of an entry or balance cannot be read; the entry is quarantined or the balance dropped. */
final class CamtFieldException extends Exception {

    private final String field;

    CamtFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The element that failed, such as {@code Amt} or {@code BookgDt}. */
    String field() {
        return field;
    }
}
