package org.myknees.domain.merchant;

import java.util.List;
import java.util.Objects;
import org.myknees.domain.category.CategoryKey;

/**
 * One merchant, biller or bank text of the directory.
 *
 * @param kind      what the entry names, which decides precedence between overlapping matches
 * @param name      the clean display name ({@code Blue Bottle Coffee}, {@code ATM withdrawal})
 * @param detailed  detailed taxonomy category
 * @param primary   primary taxonomy category of {@code detailed}
 * @param countries ISO 3166 alpha-2 codes of the countries where the entry is common
 * @param aliases   descriptor fragments as written in the data, before normalization
 */
public record MerchantEntry(DescriptorKind kind, String name, CategoryKey detailed, CategoryKey primary,
        List<String> countries, List<String> aliases) {

    public MerchantEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detailed, "detailed");
        Objects.requireNonNull(primary, "primary");
        countries = List.copyOf(countries);
        aliases = List.copyOf(aliases);
    }
}
