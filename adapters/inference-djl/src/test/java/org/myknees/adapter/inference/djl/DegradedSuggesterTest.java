package org.myknees.adapter.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

/** The model resource is missing: the suggester still answers from word overlap and says why. */
class DegradedSuggesterTest {

    private static SuggestionRequest spending(String descriptor) {
        return new SuggestionRequest(descriptor, Optional.empty(), Money.parse("-9.99", "EUR"));
    }

    @Test
    void aMissingModelLeavesAWorkingSuggesterThatSaysSo(@TempDir Path cache) {
        InferenceSettings settings = InferenceSettings.defaults().inDataDirectory(cache)
                .withModelResource("no-such-model.onnx");

        try (DjlCategorySuggester suggester = DjlCategorySuggester.load(settings)) {
            assertThat(suggester.status()).startsWith("model unavailable: ").contains("no-such-model.onnx");

            HouseholdId household = HouseholdId.newId();
            List<Suggestion> coffee = suggester.suggest(household,
                    List.of(spending("STARBUCKS STORE 05841 SEATTLE WA")), 3).get(0);
            assertThat(coffee.get(0).code()).isEqualTo("FOOD_AND_DRINK_COFFEE");
            assertThat(coffee).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));

            suggester.learn(household, new LabelledExample("KIOSK MUELLER HAUPTBAHNHOF",
                    "GENERAL_MERCHANDISE_TOBACCO_AND_VAPE", Optional.empty()));
            Suggestion learned = suggester.suggest(household,
                    List.of(spending("KARTENZAHLUNG KIOSK MUELLER HAUPTBAHNHOF 4412")), 1).get(0).get(0);
            assertThat(learned.code()).isEqualTo("GENERAL_MERCHANDISE_TOBACCO_AND_VAPE");
            assertThat(learned.learned()).isTrue();

            Suggestion elsewhere = suggester.suggest(HouseholdId.newId(),
                    List.of(spending("KIOSK MUELLER HAUPTBAHNHOF")), 1).get(0).get(0);
            assertThat(elsewhere.learned()).isFalse();
        }
    }
}
