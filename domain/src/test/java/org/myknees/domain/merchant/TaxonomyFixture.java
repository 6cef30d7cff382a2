package org.myknees.domain.merchant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;

/**
 * The taxonomy as these tests see it, read from the category resource with the test CSV reader: the
 * production Taxonomy class belongs to the category package and is not this package's to write.
 */
final class TaxonomyFixture {

    static final String RESOURCE = "/org/myknees/domain/category/plaid-pfc-v1.csv";
    private static final Map<String, String> PRIMARY_BY_DETAILED = load();

    private TaxonomyFixture() {
    }

    static PrimaryCategoryLookup lookup() {
        return detailed -> Optional.ofNullable(PRIMARY_BY_DETAILED.get(detailed.value())).map(CategoryKey::taxonomy);
    }

    static boolean isDetailed(String code) {
        return PRIMARY_BY_DETAILED.containsKey(code);
    }

    static String primaryOf(String detailed) {
        return PRIMARY_BY_DETAILED.get(detailed);
    }

    private static Map<String, String> load() {
        Map<String, String> primaries = new HashMap<>();
        for (Map<String, String> row : CsvRows.read(RESOURCE)) {
            if (!row.get("code").equals(row.get("primary"))) {
                primaries.put(row.get("code"), row.get("primary"));
            }
        }
        return primaries;
    }
}
