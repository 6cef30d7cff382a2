package org.myknees.adapter.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

/**
 * Runs the real model (the quantized MiniLM jar on the test class path, offline). One suggester serves the class,
 * because loading it is the slow part; every test uses households of its own, which is what keeps them apart.
 */
class DjlCategorySuggesterTest {

    private static DjlCategorySuggester suggester;

    @BeforeAll
    static void loadModel() {
        suggester = DjlCategorySuggester.load();
    }

    @AfterAll
    static void closeModel() {
        suggester.close();
    }

    private static SuggestionRequest spending(String descriptor) {
        return new SuggestionRequest(descriptor, Optional.empty(), Money.parse("-12.34", "USD"));
    }

    private static List<Suggestion> suggest(HouseholdId household, SuggestionRequest request, int limit) {
        return suggester.suggest(household, List.of(request), limit).get(0);
    }

    @Test
    void statusSaysTheModelIsLoaded() {
        assertThat(suggester.status()).startsWith("all-MiniLM-L6-v2 (quantized) loaded: ")
                .contains("seed examples").contains("104 category descriptions");
    }

    @ParameterizedTest
    @CsvSource({
        "STARBUCKS STORE 05841 SEATTLE WA, -5.75, FOOD_AND_DRINK_COFFEE",
        "SHELL OIL 57444332211 HOUSTON TX, -48.20, TRANSPORTATION_GAS",
        "NETFLIX.COM 866-579-7172 CA, -15.49, ENTERTAINMENT_TV_AND_MOVIES",
        "PAYROLL GLOBEX CORPORATION DIR DEP PPD ID: 9876543210, 2450.00, INCOME_WAGES",
        "POS DEBIT 0412 TRADER JOE'S #552 SANTA MONICA CA, -43.17, FOOD_AND_DRINK_GROCERIES",
        "CARD PAYMENT TO PRET A MANGER 1123 ON 03 APR, -6.20, FOOD_AND_DRINK_COFFEE",
        "KARTENZAHLUNG ARAL TANKSTELLE 2231 KOELN, -81.35, TRANSPORTATION_GAS",
    })
    void aKnownMerchantInANewRawFormLandsOnItsCode(String descriptor, String amount, String code) {
        SuggestionRequest request = new SuggestionRequest(descriptor, Optional.empty(), Money.parse(amount, "USD"));

        List<Suggestion> suggestions = suggest(HouseholdId.newId(), request, 3);

        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).code()).isEqualTo(code);
        assertThat(suggestions.get(0).learned()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "SQ *BLUE HERON ESPRESSO BAR PORTLAND OR, FOOD_AND_DRINK_COFFEE",
        "SUNRISE SUSHI RESTAURANT AUSTIN TX, FOOD_AND_DRINK_RESTAURANT",
        "MAPLEWOOD DENTAL ASSOCIATES, MEDICAL_DENTAL_CARE",
        "GREENLEAF VETERINARY CLINIC, MEDICAL_VETERINARY_SERVICES",
    })
    void anUnseenMerchantLandsOnTheCodeItsWordsMean(String descriptor, String code) {
        List<Suggestion> suggestions = suggest(HouseholdId.newId(), spending(descriptor), 3);

        assertThat(suggestions).extracting(Suggestion::code).first().isEqualTo(code);
    }

    @Test
    void learningChangesTheHouseholdsNextSuggestionAtOnce() {
        HouseholdId household = HouseholdId.newId();
        SuggestionRequest nextVisit = spending("STARBUCKS STORE 11223 PORTLAND OR");
        assertThat(suggest(household, nextVisit, 1).get(0).code()).isEqualTo("FOOD_AND_DRINK_COFFEE");

        suggester.learn(household, new LabelledExample("STARBUCKS STORE 05841 SEATTLE WA",
                "FOOD_AND_DRINK_RESTAURANT", Optional.of("Starbucks")));

        Suggestion first = suggest(household, nextVisit, 1).get(0);
        assertThat(first.code()).isEqualTo("FOOD_AND_DRINK_RESTAURANT");
        assertThat(first.learned()).isTrue();
        assertThat(first.evidence()).contains("STARBUCKS STORE 05841 SEATTLE WA").contains("your correction");
        assertThat(first.confidence()).isGreaterThan(0.9);
    }

    @Test
    void aLaterCorrectionOfTheSameDescriptorReplacesTheEarlierOne() {
        HouseholdId household = HouseholdId.newId();
        suggester.learn(household, new LabelledExample("ZELLE TO JOHN SMITH", "RENT_AND_UTILITIES_RENT",
                Optional.empty()));
        suggester.learn(household, new LabelledExample("ZELLE TO JOHN SMITH", "GENERAL_SERVICES_CHILDCARE",
                Optional.empty()));

        List<Suggestion> suggestions = suggest(household, spending("ZELLE TO JOHN SMITH ON 03/12 REF # 8AB77"), 3);

        assertThat(suggestions.get(0).code()).isEqualTo("GENERAL_SERVICES_CHILDCARE");
        assertThat(suggestions).filteredOn(Suggestion::learned).extracting(Suggestion::code)
                .doesNotContain("RENT_AND_UTILITIES_RENT");
    }

    @Test
    void oneHouseholdsExamplesNeverReachAnother() {
        HouseholdId teacher = HouseholdId.newId();
        HouseholdId neighbour = HouseholdId.newId();
        SuggestionRequest request = spending("SHELL OIL 12121212 DENVER CO");
        List<Suggestion> before = suggest(neighbour, request, 5);

        suggester.learn(teacher, new LabelledExample("SHELL OIL 57444332211 HOUSTON TX",
                "GENERAL_SERVICES_AUTOMOTIVE", Optional.empty()));

        assertThat(suggest(teacher, request, 1).get(0).code()).isEqualTo("GENERAL_SERVICES_AUTOMOTIVE");
        List<Suggestion> after = suggest(neighbour, request, 5);
        assertThat(after).isEqualTo(before);
        assertThat(after).noneMatch(Suggestion::learned);
    }

    @Test
    void confidencesAreProbabilitiesOrderedBestFirstWithinTheLimit() {
        List<SuggestionRequest> requests = List.of(spending("SQ *CORNER BISTRO OAKLAND CA"),
                spending("AMZN Mktp US*2K4XY7L03"), spending("UNKNOWN MERCHANT QWERTY"),
                new SuggestionRequest("ONLINE TRANSFER FROM SAV XXXXXX4821", Optional.empty(),
                        Money.parse("300.00", "USD")));

        for (int limit : new int[] {1, 3, 8}) {
            for (List<Suggestion> suggestions : suggester.suggest(HouseholdId.newId(), requests, limit)) {
                assertThat(suggestions).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
                assertThat(suggestions).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
                for (int i = 1; i < suggestions.size(); i++) {
                    assertThat(suggestions.get(i).confidence())
                            .isLessThanOrEqualTo(suggestions.get(i - 1).confidence());
                }
                assertThat(suggestions).extracting(Suggestion::code).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void answersFollowRequestOrderAndMatchOneByOneAnswers() {
        HouseholdId household = HouseholdId.newId();
        List<SuggestionRequest> requests = List.of(spending("NETFLIX.COM 866-579-7172 CA"),
                spending("CHEVRON 0209876 SAN RAMON CA"), spending("NETFLIX.COM 866-579-7172 CA"),
                spending("WALGREENS #12345 CHICAGO IL"));

        List<List<Suggestion>> batch = suggester.suggest(household, requests, 2);

        assertThat(batch).hasSize(4);
        for (int i = 0; i < requests.size(); i++) {
            assertThat(batch.get(i).get(0).code()).isEqualTo(suggest(household, requests.get(i), 2).get(0).code());
        }
        assertThat(batch.get(0)).isEqualTo(batch.get(2));
    }

    @Test
    void theSignOfTheAmountSeparatesMoneyInFromMoneyOut() {
        HouseholdId household = HouseholdId.newId();
        String descriptor = "ONLINE TRANSFER XXXXXX4821 REF #IB01234567890";

        String in = suggest(household, new SuggestionRequest(descriptor, Optional.empty(),
                Money.parse("500.00", "USD")), 1).get(0).code();
        String out = suggest(household, new SuggestionRequest(descriptor, Optional.empty(),
                Money.parse("-500.00", "USD")), 1).get(0).code();

        assertThat(in).startsWith("TRANSFER_IN");
        assertThat(out).doesNotStartWith("TRANSFER_IN").doesNotStartWith("INCOME");
    }

    @Test
    void aDescriptorWithoutWordsGetsNoSuggestionAndNoLimitGetsNone() {
        HouseholdId household = HouseholdId.newId();

        assertThat(suggest(household, spending("123456 0412"), 3)).isEmpty();
        assertThat(suggest(household, spending("STARBUCKS STORE 1"), 0)).isEmpty();
        assertThatThrownBy(() -> suggester.learn(household, new LabelledExample("0412 123456",
                "FOOD_AND_DRINK_COFFEE", Optional.empty()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0412 123456");
    }

    @Test
    void concurrentLearningAndSuggestingStayConsistent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<HouseholdId> households = List.of(HouseholdId.newId(), HouseholdId.newId(), HouseholdId.newId());
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                HouseholdId household = households.get(i % households.size());
                int n = i;
                work.add(pool.submit(() -> {
                    suggester.learn(household, new LabelledExample("LOCAL SHOP NUMBER " + (char) ('A' + n),
                            "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", Optional.empty()));
                    return suggester.suggest(household, List.of(spending("LOCAL SHOP NUMBER " + (char) ('A' + n))),
                            1);
                }));
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            for (int i = 0; i < 24; i++) {
                Suggestion top = suggest(households.get(i % households.size()),
                        spending("LOCAL SHOP NUMBER " + (char) ('A' + i)), 1).get(0);
                assertThat(top.code()).isEqualTo("GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES");
                assertThat(top.learned()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
