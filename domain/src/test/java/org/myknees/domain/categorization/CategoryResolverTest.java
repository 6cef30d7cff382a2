package org.myknees.domain.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;

class CategoryResolverTest {

    private static final CategoryKey COFFEE = CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE");
    private static final CategoryKey RESTAURANT = CategoryKey.taxonomy("FOOD_AND_DRINK_RESTAURANT");
    private static final CategoryKey GROCERIES = CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES");
    private static final CategoryKey GAS = CategoryKey.taxonomy("TRANSPORTATION_GAS");
    private final CategoryResolver resolver = CategoryResolver.standard();

    private static Optional<CategoryEvidence> says(CategoryKey key, String by, String merchant) {
        return Optional.of(new CategoryEvidence(key, 1, Optional.ofNullable(merchant), by, false));
    }

    private static CategoryEvidence model(CategoryKey key, double confidence, boolean learned) {
        return new CategoryEvidence(key, confidence, Optional.empty(), "minilm", learned);
    }

    @Test
    void a_manual_pin_beats_everything() {
        CategoryAssignment pinned = CategoryAssignment.manual(GROCERIES);

        Resolution r = resolver.resolve(pinned, says(COFFEE, "rule-1", null), says(GAS, "you", null),
                says(RESTAURANT, "merchant", "Starbucks"), List.of(model(GAS, 0.99, false)), Optional.empty());

        assertThat(r.assignment()).isEqualTo(pinned);
        assertThat(r.merchant()).contains("Starbucks");
    }

    @Test
    void each_source_decides_only_when_the_ones_before_it_are_silent() {
        Optional<CategoryEvidence> none = Optional.empty();
        CategoryAssignment fresh = CategoryAssignment.none();

        assertThat(resolver.resolve(fresh, says(COFFEE, "rule-1", null), says(GAS, "you", null),
                says(RESTAURANT, "m", null), List.of(), Optional.empty()).assignment().source()).isEqualTo(AssignmentSource.RULE);
        assertThat(resolver.resolve(fresh, none, says(GAS, "you", null), says(RESTAURANT, "m", null), List.of(),
                Optional.empty()).assignment().source()).isEqualTo(AssignmentSource.LEARNED);
        assertThat(resolver.resolve(fresh, none, none, says(RESTAURANT, "m", null), List.of(model(GAS, 0.99, false)),
                Optional.empty()).assignment().source()).isEqualTo(AssignmentSource.MERCHANT);
        assertThat(resolver.resolve(fresh, none, none, says(RESTAURANT, "m", null), List.of(model(GAS, 0.9, true)),
                Optional.empty()).assignment()).satisfies(a -> {
                    assertThat(a.source()).isEqualTo(AssignmentSource.LEARNED);
                    assertThat(a.category()).contains(GAS);
                });
        assertThat(resolver.resolve(fresh, none, none, none, List.of(model(GAS, 0.8, false)), Optional.empty())
                .assignment().source()).isEqualTo(AssignmentSource.MODEL);
    }

    @Test
    void an_unsure_model_leaves_the_row_uncategorized_with_three_suggestions_and_the_extracted_name() {
        Resolution r = resolver.resolve(CategoryAssignment.none(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(model(COFFEE, 0.4, false), model(RESTAURANT, 0.3, false), model(GROCERIES, 0.2, false),
                        model(GAS, 0.1, false)), Optional.of("Joe's Pizza"));

        assertThat(r.assignment()).isEqualTo(CategoryAssignment.none());
        assertThat(r.suggestions()).extracting(CategoryEvidence::category).containsExactly(COFFEE, RESTAURANT, GROCERIES);
        assertThat(r.merchant()).contains("Joe's Pizza");
    }
}
