package org.myknees.adapter.rest;

import java.util.function.Function;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.HouseholdId;

/** Reads ids from URL paths; a malformed id names nothing, so it is "not found" like any unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static HouseholdId household(String text) {
        return parse(text, "household", HouseholdId::of);
    }

    public static <T> T parse(String text, String what, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what, text);
        }
    }
}
