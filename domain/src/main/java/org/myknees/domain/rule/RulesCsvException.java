package org.myknees.domain.rule;

import java.util.Optional;

/** Thrown for a rules CSV that cannot be read; the message names the source, the line, the field and why. */
public final class RulesCsvException extends IllegalArgumentException {

    private final String source;
    private final int line;
    private final String field;

    public RulesCsvException(String source, int line, String field, String reason) {
        super(source + " line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + reason);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** The column at fault, when the fault is in one column. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
