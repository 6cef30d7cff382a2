package org.myknees.domain.merchant;

import java.util.Objects;
import org.myknees.domain.category.CategoryKey;

/**
 * A descriptor recognised by the {@link MerchantDirectory}.
 *
 * @param name         the matched entry's clean display name ({@code Starbucks}, {@code Tax refund})
 * @param detailed     detailed taxonomy category
 * @param primary      primary taxonomy category
 * @param kind         merchant, bank operation or generic term
 * @param alias        the alias that matched, in matching form ({@code UBER EATS})
 * @param counterparty who the money went to or came from, as far as the directory knows: the entry's name
 *                     for a merchant, the merchant also named in the text when a bank operation or generic
 *                     term won ({@code IRS} in {@code IRS TREAS 310 TAX REF}), else empty
 */
public record MerchantMatch(String name, CategoryKey detailed, CategoryKey primary, DescriptorKind kind,
        String alias, String counterparty) {

    public MerchantMatch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detailed, "detailed");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(counterparty, "counterparty");
    }

    static MerchantMatch of(MerchantEntry entry, String alias) {
        String counterparty = entry.kind() == DescriptorKind.MERCHANT ? entry.name() : "";
        return new MerchantMatch(entry.name(), entry.detailed(), entry.primary(), entry.kind(), alias, counterparty);
    }

    /** The same category read as a trade rather than this merchant, so the name shown is the one in the text. */
    MerchantMatch asTrade() {
        return new MerchantMatch(name, detailed, primary, DescriptorKind.GENERIC_TERM, alias, "");
    }

    MerchantMatch withCounterparty(String merchant) {
        return new MerchantMatch(name, detailed, primary, kind, alias, merchant);
    }
}
