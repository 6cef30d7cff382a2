package org.myknees.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching behaviour on small hand-made directories, so each rule is tested alone. */
class MerchantDirectoryTest {

    private static final String HEADER = "kind,name,detailed,countries,aliases\n";

    private static MerchantDirectory directory(String lines) {
        return MerchantDirectory.read(new StringReader(HEADER + lines), "test.csv", TaxonomyFixture.lookup());
    }

    private static final MerchantDirectory SMALL = directory("""
            # comment lines and blank lines are ignored

            merchant,Uber,TRANSPORTATION_TAXIS_AND_RIDE_SHARES,US,UBER|UBER TRIP
            merchant,Uber Eats,FOOD_AND_DRINK_RESTAURANT,US,UBER EATS|UBEREATS
            merchant,Blue Bottle Coffee,FOOD_AND_DRINK_COFFEE,US,BLUE BOTTLE
            merchant,7-Eleven,GENERAL_MERCHANDISE_CONVENIENCE_STORES,US,7-ELEVEN
            merchant,British Gas,RENT_AND_UTILITIES_GAS_AND_ELECTRICITY,GB,BRITISH GAS
            merchant,Google Play,GENERAL_SERVICES_OTHER_GENERAL_SERVICES,US,GOOGLE
            merchant,Google Fi,RENT_AND_UTILITIES_TELEPHONE,US,GOOGLE *FI
            merchant,DoorDash,FOOD_AND_DRINK_RESTAURANT,US,DOORDASH
            merchant,IRS,GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT,US,IRS TREAS|IRS
            merchant,United Airlines,TRAVEL_FLIGHTS,US,=UNITED|UNITED AIRLINES
            merchant,ATM Milano,TRANSPORTATION_PUBLIC_TRANSIT,IT,ATM MILANO
            bank_operation,Cash withdrawal,TRANSFER_OUT_WITHDRAWAL,US,ATM|ATM WITHDRAWAL
            bank_operation,Tax refund,INCOME_TAX_REFUND,US,TAX REF
            generic_term,Direct debit,TRANSFER_OUT_OTHER_TRANSFER_OUT,GB,DD|DIRECT DEBIT
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UBER   *EATS HELP.UBER.COM CA               | Uber Eats          | FOOD_AND_DRINK_RESTAURANT              | FOOD_AND_DRINK
            UBER   *TRIP HELP.UBER.COM CA               | Uber               | TRANSPORTATION_TAXIS_AND_RIDE_SHARES   | TRANSPORTATION
            SQ *BLUE BOTTLE COFFEE Oakland CA           | Blue Bottle Coffee | FOOD_AND_DRINK_COFFEE                  | FOOD_AND_DRINK
            ATM WITHDRAWAL 7-ELEVEN 35123 DALLAS TX     | Cash withdrawal    | TRANSFER_OUT_WITHDRAWAL                | TRANSFER_OUT
            BRITISH GAS DD                              | British Gas        | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY | RENT_AND_UTILITIES
            DD JOHN SMITH                               | Direct debit       | TRANSFER_OUT_OTHER_TRANSFER_OUT        | TRANSFER_OUT
            ATM MILANO ABBONAMENTO                      | ATM Milano         | TRANSPORTATION_PUBLIC_TRANSIT          | TRANSPORTATION
            GOOGLE *FI 4KX9 g.co/helppay# CA            | Google Fi          | RENT_AND_UTILITIES_TELEPHONE           | RENT_AND_UTILITIES
            GOOGLE *CANDY CRUSH SAGA g.co/helppay# CA   | Google Play        | GENERAL_SERVICES_OTHER_GENERAL_SERVICES | GENERAL_SERVICES
            DD *JOES DINER 855-973-1040 CA              | DoorDash           | FOOD_AND_DRINK_RESTAURANT              | FOOD_AND_DRINK
            UNITED 01623412345678 800-932-2732 TX       | United Airlines    | TRAVEL_FLIGHTS                         | TRAVEL
            """)
    void findsTheMostSpecificEntry(String raw, String name, String detailed, String primary) {
        MerchantMatch match = SMALL.match(raw).orElseThrow();

        assertThat(match.name()).isEqualTo(name);
        assertThat(match.detailed().value()).isEqualTo(detailed);
        assertThat(match.primary().value()).isEqualTo(primary);
    }

    @Test
    void aCardProcessorPrefixNeverStandsInForAnUnknownMerchant() {
        assertThat(SMALL.match("SQ *SUNRISE BAKERY Portland OR")).isEmpty();
        assertThat(SMALL.match("TST* OSTERIA LUCA Boston MA")).isEmpty();
    }

    @Test
    void aWholeTextAliasDoesNotMatchInsideLongerText() {
        assertThat(SMALL.match("UNITED SUPERMARKETS 412 LUBBOCK TX")).isEmpty();
        assertThat(SMALL.match("UNITED AIRLINES 0162345 HOUSTON TX")).map(MerchantMatch::name).contains("United Airlines");
    }

    @Test
    void reportsWhichAliasMatchedAndTheMerchantNamedBesideABankOperation() {
        MerchantMatch refund = SMALL.match("IRS TREAS 310 TAX REF 040123").orElseThrow();

        assertThat(refund.kind()).isEqualTo(DescriptorKind.BANK_OPERATION);
        assertThat(refund.alias()).isEqualTo("TAX REF");
        assertThat(refund.counterparty()).isEqualTo("IRS");
        assertThat(SMALL.match("ATM 0105 MAIN ST").orElseThrow().counterparty()).isEmpty();
        assertThat(SMALL.match("UBEREATS 12345").orElseThrow().counterparty()).isEqualTo("Uber Eats");
    }

    @Test
    void acceptsRawOrAlreadyNormalizedText() {
        assertThat(SMALL.match("uber eats")).map(MerchantMatch::name).contains("Uber Eats");
        assertThat(SMALL.match(new DescriptorNormalizer().normalize("POS 1234 BLUE BOTTLE #12 OAKLAND CA")))
                .map(MerchantMatch::name).contains("Blue Bottle Coffee");
    }

    @Test
    void anEnglishTradeWordAlsoMatchesItsPluralUnlessAnotherEntryOwnsIt() {
        MerchantDirectory trades = directory("""
                generic_term,Law Office,GENERAL_SERVICES_CONSULTING_AND_LEGAL,US,ATTORNEY
                generic_term,Childcare,GENERAL_SERVICES_CHILDCARE,GB,NURSERY|DAY CARE
                generic_term,Garden centre,HOME_IMPROVEMENT_HARDWARE,GB,NURSERIES
                generic_term,Bakery,FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK,DE,BAECKER
                """);
        assertThat(trades.match("HARGROVE & LUTZ ATTORNEYS")).map(MerchantMatch::name).contains("Law Office");
        assertThat(trades.match("LITTLE OWLS DAY CARES")).map(MerchantMatch::name).contains("Childcare");
        assertThat(trades.match("HILLSIDE NURSERIES")).map(MerchantMatch::name).contains("Garden centre");
        assertThat(trades.match("BAECKERS HOF")).isEmpty();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(SMALL.match("UBERTI FIREARMS")).isEmpty();
        assertThat(SMALL.match("BLUE BOTTLES ETC")).isEmpty();
    }

    @Test
    void breaksTiesBetweenEquallyStrongAliasesByTheEarlierStart() {
        MerchantDirectory tie = directory("""
                merchant,First,FOOD_AND_DRINK_COFFEE,US,ALPHA
                merchant,Second,FOOD_AND_DRINK_GROCERIES,US,OMEGA
                """);

        assertThat(tie.match("ALPHA OMEGA")).map(MerchantMatch::name).contains("First");
        assertThat(tie.match("OMEGA ALPHA")).map(MerchantMatch::name).contains("Second");
    }

    @Test
    void aBrandNamedLikeTheTownBeforeAStateCodeIsWhereTheCardWasUsed() {
        MerchantDirectory towns = directory("""
                merchant,Kroger,FOOD_AND_DRINK_GROCERIES,US,KROGER
                merchant,Westfield,GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE,GB,WESTFIELD
                """);

        assertThat(towns.match("KROGER #0412 WESTFIELD IN")).map(MerchantMatch::name).contains("Kroger");
        assertThat(towns.match("KROGER 0412   WESTFIELD    IN 4417")).map(MerchantMatch::name).contains("Kroger");
        // no code after it: the text may well name the shop
        assertThat(towns.match("KROGER GIFT CARD WESTFIELD")).map(MerchantMatch::name).contains("Westfield");
        // no brand before it: nothing to prefer
        assertThat(towns.match("CAFE 12 WESTFIELD IN")).map(MerchantMatch::name).contains("Westfield");
    }

    @Test
    void listsItsEntriesWithCodesCheckedAgainstTheTaxonomy() {
        MerchantEntry uber = SMALL.entries().get(0);

        assertThat(SMALL.entries()).hasSize(14);
        assertThat(uber.name()).isEqualTo("Uber");
        assertThat(uber.primary().value()).isEqualTo("TRANSPORTATION");
        assertThat(uber.countries()).containsExactly("US");
        assertThat(uber.aliases()).containsExactly("UBER", "UBER TRIP");
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatThrownBy(() -> MerchantDirectory.read(new StringReader("name,aliases\n"), "x.csv",
                TaxonomyFixture.lookup()))
                .isInstanceOf(InvalidMerchantDirectoryException.class)
                .hasMessage("x.csv line 1: the header must be 'kind,name,detailed,countries,aliases'");
    }

    @Test
    void rejectsACodeTheTaxonomyDoesNotHaveNamingTheLineAndField() {
        assertThatThrownBy(() -> directory("""
                merchant,Fine,FOOD_AND_DRINK_COFFEE,US,FINE
                merchant,Broken,FOOD_AND_DRINK,US,BROKEN
                """))
                .isInstanceOf(InvalidMerchantDirectoryException.class)
                .hasMessage("test.csv line 3, field detailed: 'FOOD_AND_DRINK' is not a detailed code of the taxonomy");
    }

    @Test
    void rejectsTheSameAliasOnTwoEntriesOnceNormalized() {
        assertThatThrownBy(() -> directory("""
                merchant,Trader Joe's,FOOD_AND_DRINK_GROCERIES,US,TRADER JOE'S
                merchant,Copy,FOOD_AND_DRINK_GROCERIES,US,trader joes
                """))
                .isInstanceOf(InvalidMerchantDirectoryException.class)
                .hasMessage("test.csv line 3, field aliases: alias 'TRADER JOES' is already used on line 2");
    }

    @Test
    void rejectsAnAliasThatStartsWithACardProcessorPrefix() {
        assertThatThrownBy(() -> directory("merchant,Blue Bottle,FOOD_AND_DRINK_COFFEE,US,SQ *BLUE BOTTLE\n"))
                .isInstanceOf(InvalidMerchantDirectoryException.class)
                .hasMessageContaining("line 2, field aliases").hasMessageContaining("SQUARE");
    }

    @Test
    void rejectsUnknownKindsCountriesNoiseAliasesAndBrokenLines() {
        assertThatThrownBy(() -> directory("shop,X,FOOD_AND_DRINK_COFFEE,US,X\n"))
                .hasMessageContaining("field kind");
        assertThatThrownBy(() -> directory("merchant,X,FOOD_AND_DRINK_COFFEE,USA,X\n"))
                .hasMessageContaining("field countries");
        assertThatThrownBy(() -> directory("merchant,X,FOOD_AND_DRINK_COFFEE,US,12/31 1234\n"))
                .hasMessageContaining("nothing but noise");
        assertThatThrownBy(() -> directory("merchant,X,FOOD_AND_DRINK_COFFEE,US\n"))
                .hasMessageContaining("expected 5 fields");
        assertThatThrownBy(() -> directory("merchant,\"X,FOOD_AND_DRINK_COFFEE,US,X\n"))
                .hasMessageContaining("quoted field is not closed");
        assertThatThrownBy(() -> directory("merchant, ,FOOD_AND_DRINK_COFFEE,US,X\n"))
                .hasMessageContaining("field name");
        assertThatThrownBy(() -> directory("merchant,X,FOOD_AND_DRINK_COFFEE,US,\n"))
                .hasMessageContaining("there is no alias");
    }

    @Test
    void quotedFieldsMayHoldCommas() {
        MerchantDirectory quoted = directory("merchant,\"Harry, David & Co\",GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES,US,\"HARRY, DAVID\"\n");

        assertThat(quoted.match("HARRY DAVID 0412")).map(MerchantMatch::name).contains("Harry, David & Co");
    }

    private static final MerchantDirectory TRADES = directory("""
            merchant,Pret A Manger,FOOD_AND_DRINK_COFFEE,GB,PRET A MANGER
            generic_term,Bakery,FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK,FR|GB,PATISSERIE|BAKERY
            generic_term,Pharmacy,MEDICAL_PHARMACIES_AND_SUPPLEMENTS,GB|FR,PHARMACY|PHARMACIE
            generic_term,Vet,MEDICAL_VETERINARY_SERVICES,US,ANIMAL CLINIC
            generic_term,Grocer,FOOD_AND_DRINK_GROCERIES,US,FOODS|FOODSTORE
            generic_term,Cinema,ENTERTAINMENT_TV_AND_MOVIES,US,CINEMA
            generic_term,Church,GOVERNMENT_AND_NON_PROFIT_DONATIONS,US,CINEMATHEQUE
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moonstruck Patiss      | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK | Moonstruck Patisserie
            Cornerstone Pharmac    | MEDICAL_PHARMACIES_AND_SUPPLEMENTS  | Cornerstone Pharmac
            Willow Creek Animal CL | MEDICAL_VETERINARY_SERVICES         | Willow Creek Animal Clinic
            Pret A Mang            | FOOD_AND_DRINK_COFFEE               | Pret A Manger
            """)
    void aLastWordTheBankCutIsCompletedFromTheDirectory(String name, String detailed, String completed) {
        CutWordCompletion completion = TRADES.completion(name).orElseThrow();

        assertThat(completion.match().detailed().value()).isEqualTo(detailed);
        assertThat(completion.completedName(name)).isEqualTo(completed);
    }

    @Test
    void aWholeWordALoneWordOrAnAmbiguousBeginningIsNotCompleted() {
        assertThat(TRADES.completion("Gateway Fresh Foods")).as("a word of an alias is whole").isEmpty();
        assertThat(TRADES.completion("Patiss")).as("nothing before it").isEmpty();
        assertThat(TRADES.completion("Harbor Lights Cine")).as("two trades begin so").isEmpty();
        assertThat(TRADES.completion("Pret A")).as("too short").isEmpty();
        assertThat(TRADES.completion("Corner Pret")).as("one word never completes a merchant").isEmpty();
    }
}
