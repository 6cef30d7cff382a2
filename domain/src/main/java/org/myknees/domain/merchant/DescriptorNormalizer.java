package org.myknees.domain.merchant;

import java.util.Objects;

/**
 * Turns raw bank text into the form that rules, the merchant directory and the embedding model match on:
 * upper case, accents folded, whitespace collapsed, and the noise banks print around a merchant removed —
 * card numbers and masks, dates and times, store, terminal and reference numbers, phone numbers, ACH and
 * SEPA field labels with their ids, card and direct-debit framing ({@code POS}, {@code CHECKCARD},
 * {@code PURCHASE AUTHORIZED ON}, {@code CARD PAYMENT TO}, {@code KARTENZAHLUNG}, {@code CB}), processor
 * prefixes ({@code SQ *}, {@code TST*}, {@code PAYPAL *}), billing web addresses, and a trailing town with
 * its state or country code.
 *
 * <p>A pure function: the raw text is never changed, instances hold no state and may be shared by any
 * number of threads. Normalizing a normalized text returns it unchanged for the descriptors banks print.
 */
public final class DescriptorNormalizer {

    /** The matching form of {@code raw}; empty when it held nothing but noise. */
    public String normalize(String raw) {
        return parse(raw).text();
    }

    /** The matching form of {@code raw} together with the processor or wallet removed from its front. */
    public NormalizedDescriptor parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        DescriptorAnalysis analysis = DescriptorAnalysis.of(raw);
        DescriptorVocabulary.Intermediary intermediary = analysis.intermediary;
        return intermediary == null
                ? new NormalizedDescriptor(analysis.text(), "", false)
                : new NormalizedDescriptor(analysis.text(), intermediary.canonical(), intermediary.sellsItself());
    }
}
