package org.myknees.application.categorization.port.in;

/**
 * A rule draft that cannot become a rule of the household, such as an action naming a category the household cannot
 * use; {@link #field()} names the part at fault as a path ({@code actions[0].value}).
 */
public final class InvalidRuleDraftException extends IllegalArgumentException {

    private final String field;

    public InvalidRuleDraftException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
