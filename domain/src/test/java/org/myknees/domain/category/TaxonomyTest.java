package org.myknees.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    @Test
    void plaid_v1_has_16_primary_and_104_detailed_categories_with_names_and_descriptions() {
        Taxonomy taxonomy = Taxonomy.plaidV1();

        assertThat(taxonomy.primaries()).hasSize(16);
        assertThat(taxonomy.all()).hasSize(120);
        assertThat(taxonomy.detailedOf("FOOD_AND_DRINK")).extracting(TaxonomyCategory::code)
                .contains("FOOD_AND_DRINK_GROCERIES", "FOOD_AND_DRINK_COFFEE");
        assertThat(taxonomy.primaryOf("TRANSPORTATION_GAS")).contains("TRANSPORTATION");
        assertThat(taxonomy.all()).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank();
            assertThat(c.description()).isNotBlank();
        });
    }

    @Test
    void a_taxonomy_rejects_duplicates_and_orphans() {
        TaxonomyCategory food = new TaxonomyCategory("FOOD", "FOOD", "Food", "d");
        assertThatThrownBy(() -> Taxonomy.of(List.of(food, food))).hasMessageContaining("twice");
        assertThatThrownBy(() -> Taxonomy.of(List.of(new TaxonomyCategory("FOOD_X", "FOOD", "x", "d"))))
                .hasMessageContaining("missing primary");
        assertThatThrownBy(() -> new TaxonomyCategory("TRAVEL_X", "FOOD", "x", "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void category_keys_are_taxonomy_codes_or_custom_ids() {
        CategoryId id = CategoryId.newId();
        assertThat(CategoryKey.custom(id).customId()).isEqualTo(id);
        assertThat(CategoryKey.taxonomy("INCOME_WAGES").isCustom()).isFalse();
        assertThatThrownBy(() -> new CategoryKey("groceries")).isInstanceOf(IllegalArgumentException.class);
        for (String notACode : List.of("", "_FOOD", "1FOOD", "FOOD-DRINK", "FOOD DRINK", "Food", "FOOD\u00c4")) {
            assertThatThrownBy(() -> new CategoryKey(notACode)).as(notACode)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new CategoryKey("A").value()).isEqualTo("A");
        assertThat(new CategoryKey("FOOD_AND_DRINK_2").value()).isEqualTo("FOOD_AND_DRINK_2");
        assertThatThrownBy(() -> new CategoryKey("custom:not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    }
}
