package org.myknees.domain.merchant;

import java.util.Objects;

/**
 * A bank descriptor in matching form.
 *
 * @param text         upper case, accents folded, noise removed, words separated by single spaces; never
 *                     null, empty only when the raw text held nothing but noise
 * @param intermediary canonical name of the card processor or platform printed before the merchant and
 *                     removed from {@code text} ({@code SQUARE}, {@code PAYPAL}, {@code GOOGLE}), or empty
 * @param intermediarySells whether that intermediary is itself the seller when the merchant after it is
 *                     unknown: true for app stores and delivery platforms ({@code GOOGLE *}, {@code DD *}),
 *                     false for card processors ({@code SQ *}, {@code TST*}) and for no intermediary
 */
public record NormalizedDescriptor(String text, String intermediary, boolean intermediarySells) {

    public NormalizedDescriptor {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intermediary, "intermediary");
    }

    /** Whether a processor or wallet prefix was removed. */
    public boolean hasIntermediary() {
        return !intermediary.isEmpty();
    }
}
