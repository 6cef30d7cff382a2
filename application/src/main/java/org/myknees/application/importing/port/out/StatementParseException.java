package org.myknees.application.importing.port.out;

/**
 * The file as a whole cannot be imported: it is not in the expected format, carries a bank error, or holds
 * a statement type that is not supported. The message names the file, the line where known, and the reason.
 */
public final class StatementParseException extends RuntimeException {

    private final String fileName;
    private final int line;

    public StatementParseException(String fileName, int line, String reason) {
        super(fileName + (line > 0 ? ":" + line : "") + ": " + reason);
        this.fileName = fileName;
        this.line = line;
    }

    public StatementParseException(String fileName, int line, String reason, Throwable cause) {
        this(fileName, line, reason);
        initCause(cause);
    }

    public String fileName() {
        return fileName;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
