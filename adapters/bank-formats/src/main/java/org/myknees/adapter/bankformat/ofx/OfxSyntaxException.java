package org.myknees.adapter.bankformat.ofx;

/** The markup cannot be read at all; the parser turns it into a StatementParseException naming the file. */
final class OfxSyntaxException extends RuntimeException {

    private final int line;

    OfxSyntaxException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
