package org.myknees.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myknees.adapter.persistence.memory.InMemoryPersistence;
import org.myknees.application.categorization.Categorizer;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.categorization.CategoryResolver;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.merchant.DescriptorNormalizer;
import org.myknees.domain.merchant.MerchantDirectory;
import org.myknees.domain.merchant.MerchantNameExtractor;
import org.myknees.domain.money.Money;

/**
 * A trade phrase the bank cut at the end of a name ({@code COFFEE HOUS}) is written out although its first word
 * already placed the row; a whole surname after a trade word that merely begins another trade stays as printed.
 */
class CutTradeNameCategorizationTest {

    private static final Taxonomy TAXONOMY = Taxonomy.plaidV1();
    private final InMemoryPersistence memory = new InMemoryPersistence();
    private final Categorizer categorizer = new Categorizer(memory.rules(), memory.corrections(), memory.categories(),
            TAXONOMY, MerchantDirectory.builtIn(key -> TAXONOMY.primaryOf(key.value()).map(CategoryKey::taxonomy)),
            new MerchantNameExtractor(), Optional.empty(), CategoryResolver.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *HOLLOWBROOK COFFEE HOUS Tulsa OK   | Hollowbrook Coffee House    | FOOD_AND_DRINK_COFFEE
            TST* CINDER HILL COFFEE ROAS Salem OR  | Cinder Hill Coffee Roasters | FOOD_AND_DRINK_COFFEE
            KARTENZAHLUNG BLUMEN SCHNEIDER//Hof/DE | Blumen Schneider            | GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES
            TST* RIO VERDE MEXICAN GRIL Fresno CA  | Rio Verde Mexican Grill     | FOOD_AND_DRINK_RESTAURANT
            SQ *HANOI PHO VIET Fresno CA           | Hanoi Pho Viet              | FOOD_AND_DRINK_RESTAURANT
            """)
    void aCutTradePhraseIsWrittenOutAndAWholeSurnameIsNot(String descriptor, String merchant, String detailed) {
        Categorizer.Item item = new Categorizer.Item(descriptor, new DescriptorNormalizer().normalize(descriptor),
                Money.parse("-9.50", "EUR"), new AccountId(new UUID(0, 0)), LocalDate.of(2026, 3, 15),
                CategoryAssignment.none());

        Resolution resolution = categorizer.categorize(HouseholdId.newId(), List.of(item), Categorizer.Depth.FULL).get(0);

        assertThat(resolution.merchant()).contains(merchant);
        assertThat(resolution.assignment().category()).contains(CategoryKey.taxonomy(detailed));
    }
}
