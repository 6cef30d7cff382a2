package org.myknees.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.persistence.memory.InMemoryPersistence;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.categorization.CategoryResolver;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.merchant.DescriptorNormalizer;
import org.myknees.domain.merchant.MerchantDirectory;
import org.myknees.domain.merchant.MerchantNameExtractor;
import org.myknees.domain.money.Money;

/**
 * A direct debit names its creditor; when the directory knows nothing but the channel, the categorizer asks the
 * model about the creditor instead of settling for "other transfer out", and a tax debit shows the public body.
 */
class UnknownCreditorCategorizationTest {

    private static final Taxonomy TAXONOMY = Taxonomy.plaidV1();
    private static final String ELECTRICITY = "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY";

    private final RecordingSuggester suggester = new RecordingSuggester();
    private final Categorizer categorizer = categorizer(suggester);

    @Test
    void aDirectDebitToAnUnknownCreditorIsLeftToTheModel() {
        Resolution resolution = categorize("NORTHGATE VOLTA LTD DD", "-87.00", "GBP");

        assertThat(suggester.asked).containsExactly("NORTHGATE VOLTA LTD DD");
        assertThat(resolution.assignment().source()).isEqualTo(AssignmentSource.MODEL);
        assertThat(resolution.assignment().category()).contains(CategoryKey.taxonomy(ELECTRICITY));
        assertThat(resolution.merchant()).contains("Northgate Volta");
    }

    @Test
    void aChequeThatNamesNobodyStaysAnUnspecifiedTransfer() {
        Resolution resolution = categorize("CHECK #2210", "-50.00", "USD");

        assertThat(suggester.asked).isEmpty();
        assertThat(resolution.assignment().source()).isEqualTo(AssignmentSource.MERCHANT);
        assertThat(resolution.assignment().category())
                .contains(CategoryKey.taxonomy("TRANSFER_OUT_OTHER_TRANSFER_OUT"));
    }

    @Test
    void aTaxDebitShowsThePublicBodyItIsPaidTo() {
        Resolution resolution = categorize("SEPA-LASTSCHRIFT GEMEINDE ALTDORF GRUNDSTEUER", "-96.00", "EUR");

        assertThat(resolution.assignment().category())
                .contains(CategoryKey.taxonomy("GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT"));
        assertThat(resolution.merchant()).contains("Gemeinde Altdorf");
    }

    private Resolution categorize(String descriptor, String amount, String currency) {
        Categorizer.Item item = new Categorizer.Item(descriptor, new DescriptorNormalizer().normalize(descriptor),
                Money.parse(amount, currency), new AccountId(new UUID(0, 0)), LocalDate.of(2026, 3, 15),
                CategoryAssignment.none());
        return categorizer.categorize(HouseholdId.newId(), List.of(item), Categorizer.Depth.FULL).get(0);
    }

    private static Categorizer categorizer(CategorySuggester suggester) {
        InMemoryPersistence memory = new InMemoryPersistence();
        return new Categorizer(memory.rules(), memory.corrections(), memory.categories(), TAXONOMY,
                MerchantDirectory.builtIn(key -> TAXONOMY.primaryOf(key.value()).map(CategoryKey::taxonomy)),
                new MerchantNameExtractor(), Optional.of(suggester), CategoryResolver.standard());
    }

    /** Answers every descriptor with a confident electricity suggestion and remembers what it was asked. */
    private static final class RecordingSuggester implements CategorySuggester {

        private final List<String> asked = new ArrayList<>();

        @Override
        public List<List<Suggestion>> suggest(HouseholdId household, List<SuggestionRequest> requests, int limit) {
            List<List<Suggestion>> answers = new ArrayList<>();
            for (SuggestionRequest request : requests) {
                asked.add(request.descriptor());
                answers.add(List.of(new Suggestion(ELECTRICITY, 0.9, false, "stub")));
            }
            return answers;
        }

        @Override
        public void learn(HouseholdId household, LabelledExample example) {
        }

        @Override
        public String status() {
            return "stub";
        }
    }
}
