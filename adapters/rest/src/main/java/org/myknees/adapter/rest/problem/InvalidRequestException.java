package org.myknees.adapter.rest.problem;

/** A request field that is missing or malformed; answered as a validation problem naming the field. */
public final class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public static InvalidRequestException missing(String field) {
        return new InvalidRequestException(field, "is required");
    }

    /** The value, or a "required" failure for the field. */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** Converts text with the parser; a parser failure becomes a validation problem for the field. */
    public static <T> T parse(String value, String field, java.util.function.Function<String, T> parser) {
        require(value, field);
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new InvalidRequestException(field, "is not valid: '" + value + "'");
        }
    }

    public String field() {
        return field;
    }
}
