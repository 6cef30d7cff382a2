package org.myknees.domain.merchant;

import java.util.Locale;
import java.util.Objects;

/**
 * A name whose last word the bank cut to fit its field ({@code MOONSTRUCK PATISS}, {@code PRET A MANG}), completed
 * from the directory's trade words or a merchant's alias.
 *
 * @param match the trade word or merchant the cut word begins
 * @param word  the whole word, in matching form, or empty when the cut word begins several spellings of the same
 *              trade ({@code PHARMAC}: {@code PHARMACY}, {@code PHARMACIE}) and only the category is certain
 */
public record CutWordCompletion(MerchantMatch match, String word) {

    public CutWordCompletion {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(word, "word");
    }

    /** The display name with its last word written out ({@code Moonstruck Patiss} gives {@code Moonstruck Patisserie}). */
    public String completedName(String name) {
        int space = name.lastIndexOf(' ');
        if (word.isEmpty() || space < 0) {
            return name;
        }
        return name.substring(0, space + 1) + word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
