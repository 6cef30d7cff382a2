package org.myknees.domain.category;

import java.util.Objects;

/**
 * Names the category a transaction or rule points at: either a code of the taxonomy
 * ({@code FOOD_AND_DRINK_GROCERIES}, {@code FOOD_AND_DRINK}) or one of the household's own categories
 * ({@code custom:<uuid>}). The text form is stable and is what stores and reports group by.
 */
public record CategoryKey(String value) {

    private static final String CUSTOM_PREFIX = "custom:";

    public CategoryKey {
        Objects.requireNonNull(value, "value");
        if (value.startsWith(CUSTOM_PREFIX)) {
            CategoryId.of(value.substring(CUSTOM_PREFIX.length()));
        } else if (!isTaxonomyCode(value)) {
            throw new IllegalArgumentException("'" + value + "' is neither a taxonomy code nor custom:<uuid>");
        }
    }

    // [A-Z][A-Z0-9_]* without a regular expression: reports make hundreds of keys per request.
    private static boolean isTaxonomyCode(String value) {
        if (value.isEmpty() || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    public static CategoryKey taxonomy(String code) {
        return new CategoryKey(code);
    }

    public static CategoryKey custom(CategoryId id) {
        return new CategoryKey(CUSTOM_PREFIX + id.value());
    }

    public boolean isCustom() {
        return value.startsWith(CUSTOM_PREFIX);
    }

    /** The household category this key names; only for {@link #isCustom()} keys. */
    public CategoryId customId() {
        if (!isCustom()) {
            throw new IllegalStateException(value + " is a taxonomy code, not a household category");
        }
        return CategoryId.of(value.substring(CUSTOM_PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
