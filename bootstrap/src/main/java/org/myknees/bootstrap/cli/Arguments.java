package org.myknees.bootstrap.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.myknees.application.category.port.in.ListCategoriesQuery;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Reads option values, with messages that name the option and say what was expected. */
final class Arguments {

    private Arguments() {
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A month or a day; a month stands for its first day. */
    static LocalDate startOf(String option, String text) {
        return text.strip().length() == 7 ? month(option, text).atDay(1) : date(option, text);
    }

    /** A month or a day; a month stands for its last day. */
    static LocalDate endOf(String option, String text) {
        return text.strip().length() == 7 ? month(option, text).atEndOfMonth() : date(option, text);
    }

    static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a month (YYYY-MM)");
        }
    }

    /**
     * A category: a taxonomy code such as {@code FOOD_AND_DRINK} (any case), {@code custom:<id>}, or the name of
     * one of the household's own categories.
     */
    static CategoryKey category(String text, ListCategoriesQuery categories, UserId actor, HouseholdId household) {
        String value = text.strip();
        String code = value.toUpperCase(Locale.ROOT);
        if (categories.taxonomy().contains(code)) {
            return CategoryKey.taxonomy(code);
        }
        if (value.startsWith("custom:")) {
            return new CategoryKey(value);
        }
        return categories.listCategories(actor, household).stream()
                .filter(c -> c.name().equalsIgnoreCase(value))
                .map(HouseholdCategory::key)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--category '" + text + "' is neither a taxonomy"
                        + " code (such as FOOD_AND_DRINK_GROCERIES) nor a category of the household"));
    }
}
