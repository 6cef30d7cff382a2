package org.myknees.domain.merchant;

import java.util.Optional;
import org.myknees.domain.category.CategoryKey;

/** The part of the category taxonomy the merchant directory needs: which primary category a detailed one is in. */
@FunctionalInterface
public interface PrimaryCategoryLookup {

    /** The primary category of a detailed taxonomy code; empty when the taxonomy has no such detailed code. */
    Optional<CategoryKey> primaryOf(CategoryKey detailed);
}
