package org.myknees.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data shipped in {@code merchants.csv}: its size, its consistency, and the cases the product relies on. */
class BuiltInMerchantDirectoryTest {

    private static final MerchantDirectory DIRECTORY = MerchantDirectory.builtIn(TaxonomyFixture.lookup());
    private static final Set<String> EURO_AREA = Set.of("DE", "FR", "NL", "IE", "ES", "IT", "BE", "AT", "PT", "FI", "LU");

    @Test
    void knowsThousandsOfMerchantsAcrossTheUsTheUkAndTheEuroArea() {
        Set<String> merchants = DIRECTORY.entries().stream().filter(entry -> entry.kind() == DescriptorKind.MERCHANT)
                .map(MerchantEntry::name).collect(Collectors.toSet());

        assertThat(merchants).hasSizeGreaterThanOrEqualTo(2500);
        assertThat(DIRECTORY.entries()).filteredOn(entry -> entry.countries().contains("US")).hasSizeGreaterThan(1500);
        assertThat(DIRECTORY.entries()).filteredOn(entry -> entry.countries().contains("GB")).hasSizeGreaterThan(900);
        assertThat(DIRECTORY.entries()).filteredOn(entry -> entry.countries().stream().anyMatch(EURO_AREA::contains))
                .hasSizeGreaterThan(1200);
        assertThat(DIRECTORY.entries()).filteredOn(entry -> entry.kind() == DescriptorKind.BANK_OPERATION).isNotEmpty();
        assertThat(DIRECTORY.entries()).filteredOn(entry -> entry.kind() == DescriptorKind.GENERIC_TERM).isNotEmpty();
    }

    @Test
    void everyAliasFindsItsOwnEntry() {
        assertThat(DIRECTORY.entries()).allSatisfy(entry -> assertThat(entry.aliases()).allSatisfy(alias -> {
            MerchantMatch match = DIRECTORY.match(alias.startsWith("=") || alias.startsWith("~") ? alias.substring(1) : alias).orElseThrow();
            assertThat(match.name()).as(alias).isEqualTo(entry.name());
            assertThat(match.detailed()).as(alias).isEqualTo(entry.detailed());
        }));
    }

    /**
     * An alias is matched in its normalized form, so one the normalizer cuts ({@code CHASE UK} to {@code CHASE},
     * {@code PLUS500} to {@code PLUS}: a trailing country or state code, or digits, dropped) matches far more than
     * was written. Such an alias must be written in the form it is matched in, so the shortening is visible.
     */
    @Test
    void everyAliasKeepsTheWordsItIsWrittenWith() {
        DescriptorNormalizer normalizer = new DescriptorNormalizer();
        List<String> cut = new ArrayList<>();
        for (MerchantEntry entry : DIRECTORY.entries()) {
            for (String alias : entry.aliases()) {
                String written = alias.startsWith("=") || alias.startsWith("~") ? alias.substring(1) : alias;
                NormalizedDescriptor form = normalizer.parse(written);
                List<String> kept = new ArrayList<>(Arrays.asList(form.text().split(" ")));
                kept.addAll(Arrays.asList(form.intermediary().split(" ")));
                for (String word : writtenWords(written)) {
                    boolean split = Arrays.stream(word.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)")).allMatch(kept::contains);
                    boolean possessive = kept.contains(word + "S");
                    if (!kept.contains(word) && !split && !possessive && !kept.contains(normalizer.normalize(word))) {
                        cut.add(entry.name() + ": '" + written + "' is matched as '" + form.text() + "'");
                        break;
                    }
                }
            }
        }

        assertThat(cut).isEmpty();
    }

    /**
     * The words as written: accents folded, apostrophes dropped ({@code MACY'S} is {@code MACYS}); a lone
     * {@code S} is left out, since the normalizer joins it to the word before ({@code SAINSBURY S} is
     * {@code SAINSBURYS}).
     */
    private static List<String> writtenWords(String alias) {
        String folded = Normalizer.normalize(alias, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace("'", "").replace("&", " & ");
        return Arrays.stream(folded.split("[^A-Z0-9&]+")).filter(word -> !word.isEmpty() && !word.equals("S"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *BLUE BOTTLE COFFEE Oakland CA                        | Blue Bottle Coffee          | FOOD_AND_DRINK_COFFEE
            CARD PAYMENT TO HARGREAVES QUALITY BUTCHERS ON 12 JAN    | Food shop                   | FOOD_AND_DRINK_GROCERIES
            NEXT DAY BLINDS 0123 HOUSTON TX                          | Furniture shop              | HOME_IMPROVEMENT_FURNITURE
            TIKKIE VAN J DE VRIES PIZZA                              | Tikkie                      | TRANSFER_OUT_ACCOUNT_TRANSFER
            THE COOPERS ARMS                                         | Restaurant                    | FOOD_AND_DRINK_RESTAURANT
            THE DRUIDS HEAD KILKENNY                                 | Restaurant                    | FOOD_AND_DRINK_RESTAURANT
            CITY OF SPRINGDALE UTIL DES:UTIL PYMT                    | Water supplier              | RENT_AND_UTILITIES_WATER
            GREENVILLE UTILITIES                                     | Water supplier              | RENT_AND_UTILITIES_WATER
            UBER   *EATS PENDING HELP.UBER.COM CA                    | Uber Eats                   | FOOD_AND_DRINK_RESTAURANT
            UBER   *TRIP HELP.UBER.COM CA                            | Uber                        | TRANSPORTATION_TAXIS_AND_RIDE_SHARES
            AMZN Mktp US*2K1AB3CD4                                   | Amazon                      | GENERAL_MERCHANDISE_ONLINE_MARKETPLACES
            APPLE.COM/BILL 866-712-7753 CA                           | Apple                       | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            PAYPAL *NETFLIX 402-935-7733 CA                          | Netflix                     | ENTERTAINMENT_TV_AND_MOVIES
            GOOGLE *YouTubePremium g.co/helppay# CA                  | YouTube Premium             | ENTERTAINMENT_MUSIC_AND_AUDIO
            COSTCO GAS #0481 SAN FRANCISCO CA                        | Costco                      | TRANSPORTATION_GAS
            COSTCO WHSE #0481 SAN FRANCISCO CA                       | Costco                      | GENERAL_MERCHANDISE_SUPERSTORES
            CARD PAYMENT TO TESCO STORES 2291 ON 12 MAR              | Tesco                       | FOOD_AND_DRINK_GROCERIES
            KARTENZAHLUNG REWE Markt GmbH-Zw 1234 Muenchen           | Rewe                        | FOOD_AND_DRINK_GROCERIES
            CB CARREFOUR MARKET 12/03 PARIS                          | Carrefour Market            | FOOD_AND_DRINK_GROCERIES
            DEB FOX & GOOSE INN CD 1234                              | Restaurant                  | FOOD_AND_DRINK_RESTAURANT
            DEB HILLCREST GARDEN CENTRE CD 1234                      | Garden centre               | HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT
            BONIFICO DISPOSTO A FAVORE DI CONDOMINIO VIA ROMA 4      | Owners' association         | RENT_AND_UTILITIES_OTHER_UTILITIES
            FPO HSBC LOAN 12345678                                   | HSBC                        | LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT
            LASTSCHRIFT GEMEINDE AU ABFALLGEBUEHR 2026               | Waste collection            | RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT
            PALKKA KULJETUS VIRTANEN OY                              | Payroll deposit             | INCOME_WAGES
            BEA NR:XXXX1234 12.03.24/18.02 JUMBO UTRECHT,PAS 123     | Jumbo                       | FOOD_AND_DRINK_GROCERIES
            BRITISH GAS DD                                           | British Gas                 | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            PAYROLL ACME CORP DIR DEP PPD ID: 0123456789             | Payroll deposit             | INCOME_WAGES
            GLOBEX CORPORATION DES:PAYROLL ID:0123456 INDN:DOE JANE CO ID:0123456789 PPD | Payroll deposit | INCOME_WAGES
            ACME LTD SALARY BGC                                      | Payroll deposit             | INCOME_WAGES
            LOHN/GEHALT ACME GMBH 01/2024                            | Payroll deposit             | INCOME_WAGES
            VIR SEPA SALAIRE MARS ACME SAS                           | Payroll deposit             | INCOME_WAGES
            ONLINE TRANSFER TO CHK ...7731 TRANSACTION#: 1234567890  | Transfer to another account | TRANSFER_OUT_ACCOUNT_TRANSFER
            Online Transfer from SAV 4412 transaction#: 123456789    | Transfer from savings       | TRANSFER_IN_SAVINGS
            FASTER PAYMENT RECEIVED FROM J SMITH                     | Incoming bank transfer      | TRANSFER_IN_ACCOUNT_TRANSFER
            STO J SMITH                                              | Standing order              | TRANSFER_OUT_ACCOUNT_TRANSFER
            SEPA-Ueberweisung an Max Mustermann                      | SEPA transfer               | TRANSFER_OUT_ACCOUNT_TRANSFER
            OVERBOEKING J JANSEN                                     | SEPA transfer               | TRANSFER_OUT_ACCOUNT_TRANSFER
            ZELLE PAYMENT TO JOHN SMITH JPM99AB12CD3                 | Transfer to another account | TRANSFER_OUT_ACCOUNT_TRANSFER
            Zelle payment from MARIA GARCIA BACm7CkmA2y1             | Transfer from another account | TRANSFER_IN_ACCOUNT_TRANSFER
            VENMO CASHOUT PPD ID: 5264681992                         | Transfer from another account | TRANSFER_IN_ACCOUNT_TRANSFER
            CASH APP*JANE DOE 8774174551 CA                          | Cash App                    | TRANSFER_OUT_ACCOUNT_TRANSFER
            PAYMENT THANK YOU-MOBILE                                 | Credit card payment         | LOAN_PAYMENTS_CREDIT_CARD_PAYMENT
            ATM WITHDRAWAL 002345 0105 1234 MARKET ST SAN FRANCISCO CA | Cash withdrawal           | TRANSFER_OUT_WITHDRAWAL
            GELDAUTOMAT 12.03. 14.22 SPARKASSE KOELNBONN             | Cash withdrawal             | TRANSFER_OUT_WITHDRAWAL
            RETRAIT DAB 12/03 PARIS 11                               | Cash withdrawal             | TRANSFER_OUT_WITHDRAWAL
            INTEREST PAYMENT                                         | Interest earned             | INCOME_INTEREST_EARNED
            Habenzinsen 2023                                         | Interest earned             | INCOME_INTEREST_EARNED
            OVERDRAFT ITEM FEE FOR ACTIVITY OF 01-05                 | Overdraft fee               | BANK_FEES_OVERDRAFT_FEES
            MONTHLY SERVICE FEE                                      | Bank fee                    | BANK_FEES_OTHER_BANK_FEES
            FOREIGN TRANSACTION FEE                                  | Foreign transaction fee     | BANK_FEES_FOREIGN_TRANSACTION_FEES
            IRS USATAXPYMT 220412345678901                           | IRS                         | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            HMRC SELF ASSESSMENT                                     | HMRC                        | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            FINANZAMT MUENCHEN Steuernummer 143/123/45678            | Finanzamt                   | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            PRLV SEPA DGFIP IMPOT PAS                                | DGFiP                       | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            MORTGAGE PYMT ROCKET MTG 0123456789                      | Rocket Mortgage             | LOAN_PAYMENTS_MORTGAGE_PAYMENT
            NAVIENT DES:ED LOAN ID:123456789 WEB                     | Navient                     | LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT
            HYPOTHEEK ABN AMRO                                       | Mortgage payment            | LOAN_PAYMENTS_MORTGAGE_PAYMENT
            BURLINGTON STORE 123                                     | Burlington                  | GENERAL_MERCHANDISE_DISCOUNT_STORES
            MVG AUTOMAT MUENCHEN                                     | MVG                         | TRANSPORTATION_PUBLIC_TRANSIT
            DWP CHB 1234567890                                       | Other income                | INCOME_OTHER_INCOME
            SHARE DRAFT 1042                                         | Cheque                      | TRANSFER_OUT_OTHER_TRANSFER_OUT
            Bank credit ACME LTD                                     | Bank giro credit            | TRANSFER_IN_ACCOUNT_TRANSFER
            GEMEENTE UTRECHT AFVALSTOFFENHEFFING 2026                | Waste collection            | RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT
            GOLDEN STATE NURSERY PLANTS                              | Hardware store              | HOME_IMPROVEMENT_HARDWARE
            SEASIDE QUALITY MEATS                                    | Food shop                   | FOOD_AND_DRINK_GROCERIES
            SALTY SURF SHOP                                          | Sports shop                 | GENERAL_MERCHANDISE_SPORTING_GOODS
            BOUCHON DES FILLES LYON                                  | Restaurant                  | FOOD_AND_DRINK_RESTAURANT
            CAVE DU VIEUX LYON                                       | Wine shop                   | FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR
            POS PURCHASE TERMINAL 0013 WEGMANS #71 STATE COLLEGE PA  | Wegmans                     | FOOD_AND_DRINK_GROCERIES
            Payment to Chase card ending in 1234 04/02               | Chase                       | LOAN_PAYMENTS_CREDIT_CARD_PAYMENT
            NON-WF ATM WITHDRAWAL FEE                                | ATM fee                     | BANK_FEES_ATM_FEES
            MOHELA STUDENT LN PPD ID: 1234567890                     | MOHELA                      | LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT
            ACH WITHDRAWAL GEICO PAYMENT                             | Geico                       | GENERAL_SERVICES_INSURANCE
            NEX MAIN STORE NORFOLK VA                                | Navy Exchange               | GENERAL_MERCHANDISE_DEPARTMENT_STORES
            POSTMATES*PANERA BREAD 855-973-1040 CA                   | Postmates                   | FOOD_AND_DRINK_RESTAURANT
            INSTACART*COSTCO 888-246-7822 CA                         | Instacart                   | FOOD_AND_DRINK_GROCERIES
            GOFNDME* MEDICAL BILLS FOR DAN 650-7019999 CA            | GoFundMe                    | GOVERNMENT_AND_NON_PROFIT_DONATIONS
            ADDEBITO SDD TELEPASS SPA CANONE TRIMESTRALE             | Telepass                    | TRANSPORTATION_TOLLS
            DRI*NORDVPN 800-934-7142 MN                              | NordVPN                     | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            """)
    void recognisesMerchantsAndBankTextsInUsUkAndEuropeanForms(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARD PAYMENT TO THE GOLDEN PHEASANT ON 02 APR | The Golden Pheasant
            THE SHOULDER OF MUTTON CD 7731                | The Shoulder of Mutton
            CONTACTLESS PAYMENT TO THE MASONS ON 14 MAY   | The Masons
            THE MARQUIS OF GRANBY                         | The Marquis of Granby
            THE THREE BELLS CD 2207                       | The Three Bells
            KARTENZAHLUNG ZUM GOLDENEN LAMM NEUSTADT       | Zum Goldenen Lamm
            POS 22,40 AT K2 03.04. 18:12 BEIM STEFFLWIRT  | Beim Stefflwirt
            CB CHEZ ROSALIE 12/04 VANNES                  | Chez Rosalie
            PAGAMENTO POS PRESSO DAL BARONE MANTOVA       | Dal Barone
            COMPRA TARJ. 4123XXXXXXXX1234 CASA TERESITA   | Casa Teresita
            BEA, Betaalpas IN DE BONTE KOE,PAS123 NR:1 ZWOLLE | In de Bonte Koe
            """)
    void aNameWhoseFormMarksAnInnOrABistroIsARestaurantUnderItsOwnName(String raw, String name) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.detailed().value()).isEqualTo("FOOD_AND_DRINK_RESTAURANT");
        assertThat(match.kind()).isEqualTo(DescriptorKind.GENERIC_TERM);
        assertThat(new MerchantNameExtractor().extract(raw))
                .hasValueSatisfying(extracted -> assertThat(extracted).isEqualToIgnoringCase(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            THE GOLDEN PHEASANT FEED MILL
            CARD PAYMENT TO THE WHITE ROOM ON 02 APR
            ZUM 12345
            CASA
            """)
    void aSignWordOrAnOpeningInsideAnotherKindOfNameMakesNoRestaurant(String raw) {
        assertThat(DIRECTORY.match(raw).map(m -> m.detailed().value())).isNotEqualTo(
                Optional.of("FOOD_AND_DRINK_RESTAURANT"));
    }

    @Test
    void anUnknownMerchantBehindACardProcessorGetsNoCategory() {
        assertThat(DIRECTORY.match("SQ *SUNRISE HOLLOW Portland OR")).isEmpty();
        assertThat(new MerchantNameExtractor().extract("SQ *SUNRISE HOLLOW Portland OR")).contains("Sunrise Hollow");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PADDLE.NET* INKPOT NOTES LONDON GBR    | Inkpot Notes
            FS *SLATEPAD FSPRG.COM MA              | Slatepad
            DRI*CLEARVIEW BACKUP 800-934-7142 MN   | Clearview Backup
            """)
    void anAppTheDirectoryDoesNotKnowSoldByASoftwareResellerIsSoftwareUnderItsOwnName(String raw, String name) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.GENERIC_TERM);
        assertThat(match.detailed().value()).isEqualTo("GENERAL_SERVICES_OTHER_GENERAL_SERVICES");
        assertThat(new MerchantNameExtractor().extract(raw)).contains(name);
    }

    @Test
    void aPayPalDebitForAShopNobodyListedIsAPurchaseThereNotATransfer() {
        String raw = "SEPA-LASTSCHRIFT PAYPAL EUROPE S.A.R.L. ET CIE S.C.A PP.2208.PP . HOLZWERK MAIBACH, "
                + "IHR EINKAUF BEI HOLZWERK MAIBACH";

        assertThat(DIRECTORY.match(raw)).isEmpty();
        assertThat(new MerchantNameExtractor().extract(raw)).contains("Holzwerk Maibach");
    }

    @Test
    void anInstalmentServiceNamingTheShopAfterItsStarIsNotWhatWasBought() {
        assertThat(DIRECTORY.match("AFTERPAY US* WREN AND WILLOW AUSTIN TX")).isEmpty();
        assertThat(DIRECTORY.match("CLEARPAY DD").map(MerchantMatch::name)).contains("Clearpay");
    }

    @Test
    void saxonysConsumerCoOpsAreNotEstoniasCoop() {
        assertThat(DIRECTORY.match("Konsum Leipzig eG Filiale Gohlis Kartenzahlung"))
                .map(MerchantMatch::name).contains("Konsum Leipzig");
        assertThat(DIRECTORY.match("KAARDIMAKSE KONSUM TARTU")).map(MerchantMatch::name).contains("Coop Eesti");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SEPA-LASTSCHRIFT AOK Hessen Beitrag freiw. Vers. 11/26          | AOK Hessen                    | GENERAL_SERVICES_INSURANCE
            Lastschrift IKK Suedwest Beitraege 11.2026                     | IKK Südwest                   | GENERAL_SERVICES_INSURANCE
            VIR SEPA RECU /DE CPAM DE LA HAUTE-GARONNE /MOTIF REMB SOINS   | CPAM de la Haute-Garonne      | INCOME_OTHER_INCOME
            LB ISLINGTON CTAX 40044321                                     | Islington Council             | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            NORTH TYNESIDE COUNCIL DDR                                     | North Tyneside Council        | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            SEPA-LASTSCHRIFT Stadtkasse Mainz Kassenzeichen 5.100.2233     | Stadt Mainz                   | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            RECIBO CONSORCIO DE AGUAS BILBAO BIZKAIA 3T                     | Consorcio de Aguas Bilbao Bizkaia | RENT_AND_UTILITIES_WATER
            PAGAMENTO POS GTT GRUPPO TORINESE TRASPORTI CARTA *1234        | GTT                           | TRANSPORTATION_PUBLIC_TRANSIT
            DOMICILIERING HELAN ZIEKENFONDS LEDENBIJDRAGE                   | Helan                         | GENERAL_SERVICES_INSURANCE
            BSR BERLIN ABFALLGEB 4/26                                      | Berliner Stadtreinigung       | RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT
            IL SECRETARY OF STATE VEHICLE REG SPRINGFIELD IL               | Illinois Secretary of State   | GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES
            PAGAMENTO PAGOPA POLITECNICO DI MILANO CONTRIBUZIONE           | Politecnico di Milano         | GENERAL_SERVICES_EDUCATION
            """)
    void namesAPublicBodyByItsOwnRegionalNameNotItsFamily(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @Test
    void aceasEnergySellerIsNotItsWaterCompany() {
        assertThat(DIRECTORY.match("SDD ACEA ENERGIA SPA FATTURA 04/2026")).map(match -> match.detailed().value())
                .contains("RENT_AND_UTILITIES_GAS_AND_ELECTRICITY");
        assertThat(DIRECTORY.match("SDD ACEA ATO 2 SPA BOLLETTA")).map(MerchantMatch::name).contains("Acea");
    }

    @Test
    void childBenefitFromTheFamilyFundOfTheLabourAgencyIsNoUnemploymentPay() {
        assertThat(DIRECTORY.match("BUNDESAGENTUR FUER ARBEIT FAMILIENKASSE KG 155FK123456"))
                .map(MerchantMatch::name).contains("Other income");
        assertThat(DIRECTORY.match("BUNDESAGENTUR FUER ARBEIT ALG I")).map(MerchantMatch::name)
                .contains("Unemployment benefits");
    }

    @Test
    void aTownIsNoCompoundOfATradeWord() {
        assertThat(DIRECTORY.match("GOLDEN PLAICE         SCARBOROUGH")).isEmpty();
        // a suburb the town list lacks ends in -BOROUGH as English towns do: no borough council
        assertThat(DIRECTORY.match("VIS ELMSBOROUGH PEARL")).isEmpty();
    }

    @Test
    void aCouncilPaidForItsBinsIsPaidForWasteCollectionUnderItsOwnName() {
        MerchantMatch bins = DIRECTORY.match("LEEDS CITY COUNCIL GREEN WASTE 4410 DD").orElseThrow();
        MerchantMatch tax = DIRECTORY.match("LEEDS CITY COUNCIL 4410 DD").orElseThrow();

        assertThat(bins.detailed().value()).isEqualTo("RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT");
        assertThat(bins.counterparty()).isEqualTo("Leeds City Council");
        assertThat(tax.detailed().value()).isEqualTo("GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT");
    }

    @Test
    void aLocalNameEndingInPizzaIsNoPizzaChain() {
        for (String local : List.of("MARINO'S GRILL & PIZZA", "SQ *LUIGI & PIZZA")) {
            assertThat(DIRECTORY.match(local)).hasValueSatisfying(
                    match -> assertThat(match.kind()).isEqualTo(DescriptorKind.GENERIC_TERM));
        }
        assertThat(DIRECTORY.match("&PIZZA")).map(MerchantMatch::name).contains("&pizza");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SQ *SUNRISE BAKERY Portland OR                     | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK
            LITTLE LAMBS PLAYGROUP SO                          | GENERAL_SERVICES_CHILDCARE
            KARTENZAHLUNG METZGEREI HUBER PASSAU               | FOOD_AND_DRINK_GROCERIES
            CB BOUCHERIE MARTIN 12/03 DIJON                    | FOOD_AND_DRINK_GROCERIES
            Betaalautomaat 12-04-2024 pasnr. 012 SLAGERIJ DE VRIES | FOOD_AND_DRINK_GROCERIES
            PAGAMENTO POS TRATTORIA DA LUCA FIRENZE            | FOOD_AND_DRINK_RESTAURANT
            COMPRA TARJ. 4123XXXXXXXX1234 PANADERIA SAN JUAN   | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK
            KARTENZAHLUNG TANKSTELLE BRANDL ROSENHEIM          | TRANSPORTATION_GAS
            CARD PAYMENT TO WESTGATE FILLING STATION ON 02 MAY | TRANSPORTATION_GAS
            CB PARKING DU CHATEAU 12/03 BLOIS                  | TRANSPORTATION_PARKING
            KARTENZAHLUNG ZAHNARZTPRAXIS DR KOCH               | MEDICAL_DENTAL_CARE
            KARTENZAHLUNG STADTBAECKEREI KUNZ                  | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK
            KARTENZAHLUNG HIRSCHAPOTHEKE GOTHA                 | MEDICAL_PHARMACIES_AND_SUPPLEMENTS
            VIS HARBOUR FISHERIES WHITBY                       | FOOD_AND_DRINK_FAST_FOOD
            MAPLEWOOD SWIM CLUB 612-5550100 MN                 | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            SO CALDER ROAD RUNNERS SUBS                        | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            WESTFIELD HARRIERS SO                              | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            BRACKEN HILL ARLFC                                 | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            Naam: Hockeyclub Amersfoort Omschrijving: contributie | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            CCA DES:MUNI TAX ID:12345 INDN:JANE DOE CO ID:123 CCD | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            """)
    void aTradeWordPlacesAMerchantNobodyListed(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            THE CARPENTERS INN ON 02 MAY CLP      | FOOD_AND_DRINK_RESTAURANT
            CARD PAYMENT TO THE GREEN MAN         | FOOD_AND_DRINK_RESTAURANT
            The Rose and Crown                    | FOOD_AND_DRINK_RESTAURANT
            THE SWAN HOTEL ON 02 MAY              | TRAVEL_LODGING
            To Jane Doe                           | TRANSFER_OUT_ACCOUNT_TRANSFER
            Payment from A Person                 | TRANSFER_IN_ACCOUNT_TRANSFER
            """)
    void aShortTextNoAliasNamesIsReadByItsShape(String raw, String detailed) {
        assertThat(DIRECTORY.match(raw).orElseThrow().detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HILLSIDE FRESH MARKET | FOOD_AND_DRINK_GROCERIES
            TINY ACORNS DAYCARE   | GENERAL_SERVICES_CHILDCARE
            """)
    void aBrandAliasInsideALongerLocalNameNamesNoBrand(String raw, String detailed) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.GENERIC_TERM);
        assertThat(match.counterparty()).isEmpty();
        assertThat(match.detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ACORNS INVEST                       | Acorns
            WMATA MOBILE SMARTRIP WASHINGTON DC | WMATA
            Payment to Deliveroo                | Deliveroo
            To Tesco                            | Tesco
            """)
    void aBrandAliasAtTheStartOrAfterWordsTheDirectoryKnowsStillNamesTheBrand(String raw, String name) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.MERCHANT);
        assertThat(match.name()).isEqualTo(name);
    }

    @Test
    void aPaymentChannelCountsOnlyWhenNothingElseDoes() {
        assertThat(DIRECTORY.match("UEBERWEISUNG AN ANNA KRAUSE MIETE MAERZ").orElseThrow().detailed().value())
                .isEqualTo("RENT_AND_UTILITIES_RENT");
        assertThat(DIRECTORY.match("NORTHFIELD PLUMBING LTD DD").orElseThrow().detailed().value())
                .isEqualTo("HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE");
        assertThat(DIRECTORY.match("J KOWALSKI DD").orElseThrow().kind()).isEqualTo(DescriptorKind.PAYMENT_CHANNEL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GWINNETT CO WATER RESOURCES WEB PMT           | Gwinnett County Water        | RENT_AND_UTILITIES_WATER
            ACH DEBIT PA AMERICAN WATER WEB PMT           | Pennsylvania American Water  | RENT_AND_UTILITIES_WATER
            AEP TEXAS DES:UTIL PYMT ID:88123 WEB          | AEP Texas                    | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            POS PURCHASE STUDENAC 1123 SPLIT HR           | Studenac                     | FOOD_AND_DRINK_GROCERIES
            Transfer From Shares                          | Transfer from savings        | TRANSFER_IN_SAVINGS
            Visa Direct Deposit CASH APP CASH OUT         | Transfer from another account | TRANSFER_IN_ACCOUNT_TRANSFER
            LJEKARNA PHARMAMED ZAGREB                     | Pharmacy                     | MEDICAL_PHARMACIES_AND_SUPPLEMENTS
            """)
    void countyShortFormsStateCompaniesOfUtilityHoldingsAndCreditUnionShares(String raw, String name,
                                                                             String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kupnja POS 20.05.2026 STUDENAC 112 SPLIT HR              | Studenac         | FOOD_AND_DRINK_GROCERIES
            CARD PURCHASE 21/05/26 PAPANTONIOU 12 NICOSIA CY         | Papantoniou      | FOOD_AND_DRINK_GROCERIES
            POS PURCHASE 22MAY26 WELBEES SLIEMA MT CARD 1234         | Welbee's         | FOOD_AND_DRINK_GROCERIES
            Pirkums ELVI 23 CESIS LV 23.05.2026                      | Elvi             | FOOD_AND_DRINK_GROCERIES
            Kaardimakse OLEREX PARNU 24.05.2026                      | Olerex           | TRANSPORTATION_GAS
            Izravno terecenje HEP OPSKRBA D.O.O. racun 05/2026       | HEP              | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            SEPA DIREKTNA OBREMENITEV PREJEMNIK: TELEMACH D.O.O. NAMEN: RACUN 05/2026 | Telemach | RENT_AND_UTILITIES_INTERNET_AND_CABLE
            Palk Maksja: Swedbank AS Selgitus: palk 05/2026          | Payroll deposit  | INCOME_WAGES
            PRILIV PLACA 05/2026 PLACNIK: PETROL D.D. LJUBLJANA      | Payroll deposit  | INCOME_WAGES
            Vyber z bankomatu VUB 25.05.2026 KOSICE                  | Cash withdrawal  | TRANSFER_OUT_WITHDRAWAL
            """)
    void knowsTheChainsBillersAndBankWordsOfTheSmallerEuroAreaCountries(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PIRKINYS 12.05 KAVINE SODAS VILNIUS                 | FOOD_AND_DRINK_COFFEE
            Kupnja POS 13.05.2026 KONOBA STARI MLIN ZADAR HR    | FOOD_AND_DRINK_RESTAURANT
            Kaardimakse JUUKSURISALONG LIISA PARNU              | PERSONAL_CARE_HAIR_AND_BEAUTY
            Platba kartou 14.05.2026 LEKAREN U ANJELA KOSICE    | MEDICAL_PHARMACIES_AND_SUPPLEMENTS
            Trvaly prikaz Prijemca: Jana Novakova Ucel: najomne 06/2026 | RENT_AND_UTILITIES_RENT
            CB BOULANGERIE DE LA POSTE 12/05 AUXERRE            | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK
            """)
    void tradeWordsOfMoreLanguagesAndATradeBeforeAParticlePlaceALocalName(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @Test
    void aFirstNameThatIsABrandAfterToIsAPersonUnlessOnlyATownFollows() {
        assertThat(DIRECTORY.match("To Marta Kowalska").orElseThrow().detailed().value())
                .isEqualTo("TRANSFER_OUT_ACCOUNT_TRANSFER");
        assertThat(DIRECTORY.match("To Tesco London").orElseThrow().name()).isEqualTo("Tesco");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MAPLEWOOD TAEKWONDO 615-5550170 TN                  | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            COBBLESTONE SHOE REPAIR ROANOKE VA                  | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            CARD PAYMENT TO BARK AVENUE DOG GROOMING ON 02 APR  | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            FRIENDS OF HILLCREST INFANTS SO                     | GOVERNMENT_AND_NON_PROFIT_DONATIONS
            T WALSH ELECTRICAL FPO REF INV 5520                 | HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE
            BETALING MET DEBETKAART DRUKKERIJ DE PERS GENT       | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            KORTTIOSTO 1234 PARTURI SAKSET TURKU                | PERSONAL_CARE_HAIR_AND_BEAUTY
            SEPA Incasso Gemeente Epe parkeervergunning         | GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES
            """)
    void tradeWordsOfTheLongTailPlaceLocalNames(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @Test
    void aLocalTradeACompoundEndsInBeatsABareChannelButABillsWordDoesNot() {
        assertThat(DIRECTORY.match("DAUERAUFTRAG KINDERTANZSCHULE WIRBELWIND").orElseThrow().detailed().value())
                .isEqualTo("GENERAL_SERVICES_EDUCATION");
        assertThat(DIRECTORY.match("FERNWATER CONSULTING LTD FPI").orElseThrow().detailed().value())
                .isNotEqualTo("RENT_AND_UTILITIES_WATER");
    }

    @Test
    void aPaymentAppPayingAFirmIsPlacedByItsTradeAndAFriendIsNot() {
        assertThat(DIRECTORY.match("ZELLE PAYMENT TO HERNANDEZ ROOFING LLC").orElseThrow().detailed().value())
                .isEqualTo("HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE");
        assertThat(DIRECTORY.match("ZELLE PAYMENT TO MARIA HERNANDEZ ROOFING").orElseThrow().detailed().value())
                .isEqualTo("TRANSFER_OUT_ACCOUNT_TRANSFER");
    }

    @Test
    void aBrandAfterAPersonalTitleOrATradeWordNamesAPersonOrTheShop() {
        assertThat(DIRECTORY.match("FASTER PAYMENT TO MR J HARGREAVES REF GUITAR LESSONS").orElseThrow()
                .detailed().value()).isEqualTo("GENERAL_SERVICES_EDUCATION");
        assertThat(DIRECTORY.match("MRS K HARGREAVES SO").orElseThrow().detailed().value())
                .isEqualTo("TRANSFER_OUT_ACCOUNT_TRANSFER");
        assertThat(DIRECTORY.match("ADDEBITO SEPA DD CENTRO DENTISTICO DOTT ROSSI").orElseThrow()
                .detailed().value()).isEqualTo("MEDICAL_DENTAL_CARE");
        assertThat(DIRECTORY.match("KARTENZAHLUNG SCHLUESSELDIENST NETTO").orElseThrow().detailed().value())
                .isEqualTo("HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ACCREDITO PENSIONE INPS APRILE                              | INCOME_RETIREMENT_PENSION
            GUTSCHRIFT PENSIONSVERSICHERUNGSANSTALT LANDESSTELLE WIEN   | INCOME_RETIREMENT_PENSION
            HMRC NTC 7712ZZ BGC                                         | INCOME_OTHER_INCOME
            SSA TREAS 310 DES:XXSUPP SEC ID:XXXXX1181 PPD               | INCOME_OTHER_INCOME
            VACP TREAS 310 DES:XXVA BEN ID:XXXXX7781 PPD                | INCOME_OTHER_INCOME
            TRF CR SEPA+ DE SEGURANCA SOCIAL ABONO DE FAMILIA           | INCOME_OTHER_INCOME
            Gutschrift Stadt Essen Wohngeld 05/26                       | INCOME_OTHER_INCOME
            VIR SEPA RECU /DE CAF DU VAR /MOTIF PRIME ACTIVITE          | INCOME_OTHER_INCOME
            US TREASURY 220 DES:FED SAL ID:XXXXX5512 PPD                | INCOME_WAGES
            BGC ELMBRIDGE CARE HOMES SALARIES                           | INCOME_WAGES
            Naam: Fietsfabriek BV Omschrijving: vakantiegeld 2026       | INCOME_WAGES
            ABONO PRESTACION DESEMPLEO MAYO                             | INCOME_UNEMPLOYMENT
            ACCREDITO RIMBORSO IRPEF                                    | INCOME_TAX_REFUND
            FPI PAYPAL WITHDRAWAL 55120                                 | TRANSFER_IN_ACCOUNT_TRANSFER
            """)
    void benefitsPensionsHolidayPayAndRefundsOfEachRegionAreIncome(String raw, String detailed) {
        assertThat(DIRECTORY.match(raw).orElseThrow().detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HMRC TFC 4412                                               | GENERAL_SERVICES_CHILDCARE
            SEPA-LASTSCHRIFT Stadtentwaesserung Dresden Gebuehren       | RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT
            RECIBO PRESTAMO HIPOTECARIO 0081                            | LOAN_PAYMENTS_MORTGAGE_PAYMENT
            SANTANDER UK PLC LOAN DD                                    | LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT
            COTISATION OFFRE GROUPEE ESSENTIEL                          | BANK_FEES_OTHER_BANK_FEES
            INCOMING WIRE FEE                                           | BANK_FEES_OTHER_BANK_FEES
            ADDEBITO SEPA DD CANONE RAI TV                              | GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES
            PIEDMONT NATURAL DES:DRAFT ID:XXXXX1122 PPD                 | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            SEPA-LASTSCHRIFT STADTWERKE SCHWAEBISCH GMUEND ABSCHLAG     | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            SEPA-LASTSCHRIFT BAUSPARKASSE SCHWAEBISCH HALL AG           | LOAN_PAYMENTS_MORTGAGE_PAYMENT
            ZELLE PAYMENT TO LAKEVIEW PROPERTY MGMT LLC                 | RENT_AND_UTILITIES_RENT
            SO BRIARWOOD ACORNS DAY NURSERY                             | GENERAL_SERVICES_CHILDCARE
            FPO MRS P GREENHALGH REF CHILDMINDING                       | GENERAL_SERVICES_CHILDCARE
            RECIBO COLEGIO SAN JOSE CUOTA MENSUAL                       | GENERAL_SERVICES_EDUCATION
            """)
    void billsOfEachRegionArePlacedByTheirCreditorOrPurpose(String raw, String detailed) {
        assertThat(DIRECTORY.match(raw).orElseThrow().detailed().value()).isEqualTo(detailed);
    }

    @Test
    void theTaxOfficesRegionalDirectoratesAreTheDgfip() {
        assertThat(DIRECTORY.match("PRLV SEPA DRFIP GRAND EST ET BAS RHIN IMPOT").orElseThrow().counterparty())
                .isEqualTo("DGFiP");
        assertThat(DIRECTORY.match("PRLV SEPA DIRECTION GENERALE DES FINANCES PUBLIQUES").orElseThrow().name())
                .isEqualTo("DGFiP");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FPO BRACKENRIDGE NURSING HOME REF DAD MARCH             | MEDICAL_NURSING_CARE
            SEPA-Lastschrift Seniorenresidenz Am Kurpark Heimkosten | MEDICAL_NURSING_CARE
            PRLV SEPA SSIAD DU PAYS DE GEX                          | MEDICAL_NURSING_CARE
            CARD PAYMENT TO CLEARSOUND HEARING CENTRE ON 02 MAY     | MEDICAL_OTHER_MEDICAL
            PAGAMENTO POS CENTRO ACUSTICO FERRARI MODENA            | MEDICAL_OTHER_MEDICAL
            Kartenzahlung STUDENTENMENSA CAMPUS NORD                | FOOD_AND_DRINK_RESTAURANT
            CHECKCARD 0412 RIVERBEND UNIV DINING HALL               | FOOD_AND_DRINK_RESTAURANT
            WOLDSWAY COACH HOLIDAYS DD                              | TRAVEL_OTHER_TRAVEL
            SEPA-Lastschrift Nordstern Kreuzfahrten Anzahlung       | TRAVEL_OTHER_TRAVEL
            CARD PAYMENT TO FENWAY VAN HIRE ON 11 APR               | TRAVEL_RENTAL_CARS
            RECIBO HOSTING RENOVACION DOMINIO ANUAL                 | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            BETALING MET DEBETKAART GROOTHANDEL VAN DAM GENT        | GENERAL_MERCHANDISE_SUPERSTORES
            DEB ASHGROVE TIMBER MERCHANTS CD 1180                   | HOME_IMPROVEMENT_HARDWARE
            BRIDGEFORD GAZETTE SUBS DD                              | GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS
            SEPA Incasso Parochie Heilige Geest kerkbalans          | GOVERNMENT_AND_NON_PROFIT_DONATIONS
            SEPA-Lastschrift Handwerkskammer Oberfranken Beitrag    | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            RECIBO COLEGIO OFICIAL DE FARMACEUTICOS CUOTA ANUAL     | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            Dauerauftrag Studentenwohnheim Am Schlossgarten         | RENT_AND_UTILITIES_RENT
            CHECKCARD 0412 BRAEMORE STATE UNIV BURSAR               | GENERAL_SERVICES_EDUCATION
            CARD PAYMENT TO BRAMWELL STUDENT LIVING ON 01 SEP       | RENT_AND_UTILITIES_RENT
            """)
    void tradeWordsOfLaterLifeStudentLifeAndASmallBusinessPlaceLocalNames(String raw, String detailed) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GUTSCHRIFT PENSIOENFONDS METAAL EN TECHNIEK UITKERING 04
            BONIFICO A VOSTRO FAVORE ACCREDITO PENSIONE 04/2026
            TRANSFERENCIA RECIBIDA JUBILACION ABRIL
            Einzug Pensionsversicherungsanstalt 04/2026
            CIVIL SERVICE PENSION SCHEME BGC
            """)
    void pensionsPaidInAnyOfTheRegionsLanguagesAreIncome(String raw) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.BANK_OPERATION);
        assertThat(match.detailed().value()).isEqualTo("INCOME_RETIREMENT_PENSION");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DEB BOOKER CASH & CARRY CD 2210              | Booker          | GENERAL_MERCHANDISE_SUPERSTORES
            KEYFUELS DD                                  | Keyfuels        | TRANSPORTATION_GAS
            CB GAMM VERT 12/04 PRIVAS                    | Gamm Vert       | HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT
            COMPRA TARJ. 5402XXXXXXXX1234 SEUR TOLEDO    | SEUR            | GENERAL_SERVICES_POSTAGE_AND_SHIPPING
            IQ STUDENT ACCOMMODATION DD                  | iQ Student Accommodation | RENT_AND_UTILITIES_RENT
            TRACFONE WIRELESS 800-8676183 FL             | Tracfone        | RENT_AND_UTILITIES_TELEPHONE
            Kartenzahlung STUDENTENWERK OBERFRANKEN MENSA | Studierendenwerk | FOOD_AND_DRINK_RESTAURANT
            """)
    void knowsTheSuppliersOfASmallBusinessStudentHousingAndLaterLifeServices(String raw, String name,
                                                                            String detailed) {
        assertNamed(raw, name, detailed);
    }

    @Test
    void aChurchGivingPlatformLeavesTheChurchItCollectsFor() {
        MerchantMatch match = DIRECTORY.match("PUSHPAY* ST LUKE PARISH 888-5545445 WA").orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.GENERIC_TERM);
        assertThat(match.detailed().value()).isEqualTo("GOVERNMENT_AND_NON_PROFIT_DONATIONS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            KARTENZAHLUNG SCANDLINES DEUTSCHLAND//PUTTGARDEN/DE  | Scandlines       | TRANSPORTATION_OTHER_TRANSPORTATION
            CB SELECTOUR 04/05 RENNES                            | Selectour        | TRAVEL_OTHER_TRAVEL
            COMPRA TARJ. 5412XXXXXXXX4412 ROOM MATE HOTEL MADRID | Room Mate Hotels | TRAVEL_LODGING
            KORTTIOSTO 03.04 LAPLAND HOTELS LEVI                 | Lapland Hotels   | TRAVEL_LODGING
            DELTA SKY CLUB ATL CONCOURSE B                       | Delta Sky Club   | TRAVEL_OTHER_TRAVEL
            CAPITAL ONE LOUNGE DCA ARLINGTON VA                  | Capital One Lounge | TRAVEL_OTHER_TRAVEL
            CHECKCARD 0412 FASTPARK & RELAX 0123 CLEVELAND OH    | FastPark         | TRANSPORTATION_PARKING
            POS 02.04. 09:10 SMATRICS GMBH WIEN AT K1            | Smatrics         | TRANSPORTATION_GAS
            AGORA KARTAS OLYMPIA ODOS ELEFSINA                   | Olympia Odos     | TRANSPORTATION_TOLLS
            SEPA-LASTSCHRIFT HANSEMERKUR REISEVERSICHERUNG AG VERTRAG 77120 | HanseMerkur Reiseversicherung | TRAVEL_OTHER_TRAVEL
            """)
    void knowsTravelAndTransportCompaniesOverTheCardIssuerOrInsurerInTheirName(String raw, String name,
                                                                             String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARD PAYMENT TO ORKNEY VIEW HOLIDAY LETS ON 03 JUL             | TRAVEL_LODGING
            KARTENZAHLUNG FERIENHAUS SONNENHANG//OBERSTDORF/DE             | TRAVEL_LODGING
            CARD PAYMENT TO NORTHWIND AIRLINES ON 09 AUG                   | TRAVEL_FLIGHTS
            BETALING MET DEBETKAART NR 6703 XXXX 12 LAADPAAL GEMEENTE GENT | TRANSPORTATION_GAS
            DD GLOBETROT TRAVEL INSURANCE                                  | TRAVEL_OTHER_TRAVEL
            PLACILO S KARTICO DUTY FREE LJUBLJANA AIRPORT                  | TRAVEL_OTHER_TRAVEL
            """)
    void travelWordsPlaceATripCostNobodyListed(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            KARTENZAHLUNG FLEISCHHAUEREI OBERNDORFER//Steyr/AT       | FOOD_AND_DRINK_GROCERIES
            CARD PAYMENT TO ELLERBY FRUITERERS ON 03 MAR             | FOOD_AND_DRINK_GROCERIES
            CONTACTLESS PAYMENT TO THE COOPERAGE MICROPUB ON 02 MAR  | FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR
            CB CAVE A VINS LA GRAPPE D OR 02/03 MACON                | FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR
            VISA DEBIT Foodtruck Knusperkiste Koeln DE               | FOOD_AND_DRINK_FAST_FOOD
            SQ *SAIGON CORNER PHO Garland TX                         | FOOD_AND_DRINK_RESTAURANT
            TST* HARBORSIDE CRAB SHACK Biloxi MS                     | FOOD_AND_DRINK_RESTAURANT
            POS PURCHASE 02/03 PASTIZZERIA IL-KAPPILLAN MOSTA MT     | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK
            SQ *RIO BRAVO KOMBUCHA Austin TX                         | FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK
            Betaalautomaat 10:12 pasnr. 004 Bloemenkraam Fleur HAARLEM | GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES
            PAGAMENTO POS PRESSO PARRUCCHIERA ELISA CARPI CARTA *4412 | PERSONAL_CARE_HAIR_AND_BEAUTY
            SEPA-LASTSCHRIFT Handballverein Gruenwald e.V. Beitrag 2026 | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            ADDEBITO SDD POLISPORTIVA SAN MARTINO QUOTA 2026         | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            RECIBO CLUB DEPORTIVO VALDEMORO CUOTA ABRIL              | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            KILBARRY GAA CLUB DD                                     | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            BRAMLEY VILLAGE HALL SO                                  | GENERAL_SERVICES_OTHER_GENERAL_SERVICES
            CHECKCARD 0304 WESTVIEW BAND BOOSTERS                    | GOVERNMENT_AND_NON_PROFIT_DONATIONS
            CB CHAMBRES D HOTES LES GLYCINES BLEUES 05/03            | TRAVEL_LODGING
            SP * ISLAY KNITWEAR                                      | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            PAYPAL *HARTLANDCRICKETCLUB                              | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            PAYPAL *GREYSTONEFARMSHOP                                | FOOD_AND_DRINK_GROCERIES
            """)
    void tradeWordsOfLocalIndependentsInTheRegionsLanguagesAndRunTogetherPlaceThem(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEPA-LASTSCHRIFT KLARNA BANK AB Ratenkauf ZALANDO SE Rate 1/4     | Zalando   | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            Naam: RIVERTY Omschrijving: Betaling Coolblue termijn 2            | Coolblue  | GENERAL_MERCHANDISE_ELECTRONICS
            PRLV SEPA ONEY BANK PAIEMENT 4X CONFORAMA                         | Conforama | HOME_IMPROVEMENT_FURNITURE
            KLARNA BANK AB                                                    | Klarna    | LOAN_PAYMENTS_OTHER_PAYMENT
            AFFIRM INC PAYMENT 855-423-3729 CA                                | Affirm    | LOAN_PAYMENTS_OTHER_PAYMENT
            """)
    void aShopNamedAfterAnInstalmentServiceIsThePayee(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BHF SHOP 2231 CD 4412                    | British Heart Foundation | GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE
            DIRECT DEBIT BRITISH HEART FOUNDATION    | British Heart Foundation | GOVERNMENT_AND_NON_PROFIT_DONATIONS
            CARD PAYMENT TO SUE RYDER SHOP ON 02 APR | Sue Ryder                | GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE
            GOODWILL STORE #221 TEMPE AZ             | Goodwill                 | GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE
            """)
    void aPurchaseInACharityShopIsShoppingAndAGiftIsADonation(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            KORTTIOSTO KODIN1 0231 VANTAA              | Kodin1           | HOME_IMPROVEMENT_FURNITURE
            Kaardimakse 4412 BAUHOF TARTU              | Bauhof           | HOME_IMPROVEMENT_HARDWARE
            CB IKKS 0412 14/04                         | IKKS             | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            JOHNSTON & MURPHY 0088 NASHVILLE TN        | Johnston & Murphy | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            COMPRA TARJ. 5412XXXXXXXX4412 MARYPAZ SEVILLA | Marypaz       | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            KARTICNO PLACANJE PEVEX 0112 SPLIT HR      | Pevex            | HOME_IMPROVEMENT_HARDWARE
            """)
    void knowsRegionalShopsThatAreNotGroceries(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARTOLERIA IL QUADERNO PISA           | GENERAL_MERCHANDISE_OFFICE_SUPPLIES
            Kartenzahlung SCHREIBWAREN KOLBE KASSEL | GENERAL_MERCHANDISE_OFFICE_SUPPLIES
            JUWELIER HOFSTEDE ZWOLLE              | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            CB BIJOUTERIE LEMOINE 03/04           | GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES
            PROFUMERIA ORCHIDEA BARI              | PERSONAL_CARE_HAIR_AND_BEAUTY
            CARD PAYMENT TO O'DEAS IRONMONGERS ON 12 APR | HOME_IMPROVEMENT_HARDWARE
            COMPRA TARJ. 5412XXXXXXXX1234 JUGUETERIA EL TRENECITO LEON | GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE
            """)
    void tradeWordsOfJewellersStationersPerfumeriesIronmongersAndToyShopsPlaceLocalShops(String raw,
                                                                                      String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pirkums RIMI SUPERMARKET TERBATAS RIGA 11.04.2026 | Rimi | FOOD_AND_DRINK_GROCERIES",
        "e-arve TELIA EESTI AS arve 9920117 | Telia | RENT_AND_UTILITIES_TELEPHONE",
        "PAG SERV 10021 SMAS LOURES AGUA 552019334 | SMAS Loures | RENT_AND_UTILITIES_WATER",
        "KORTTIOSTO 12.04 ST1 OULU LIMINGANTULLI | St1 | TRANSPORTATION_GAS",
        "COMPRA 1188 PRIO VISEU | Prio | TRANSPORTATION_GAS",
        "ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΕΥΔΑΠ ΑΘΗΝΑ | EYDAP | RENT_AND_UTILITIES_WATER",
        "PLACA 04/2026 GRADNJA ZAGORJE D.O.O. | Payroll deposit | INCOME_WAGES",
        "COMISSAO MANUTENCAO CONTA 04/2026 | Bank fee | BANK_FEES_OTHER_BANK_FEES",
        "E-LASKU OULUN KAUPUNKI PAIVAKOTIMAKSU 04/2026 | Childcare | GENERAL_SERVICES_CHILDCARE",
    })
    void householdBillsOfTheLeastCoveredEuroCountriesAreKnown(String descriptor, String name, String detailed) {
        MerchantMatch match = DIRECTORY.match(descriptor).orElseThrow();

        assertThat(match.name()).isEqualTo(name);
        assertThat(match.detailed().value()).isEqualTo(detailed);
    }

    @Test
    void aNameEndingInStoreIsKnownWhenItsStoreNumberTookTheWordAway() {
        MerchantMatch match = DIRECTORY.match("ASHLEY HOME STORE 0215 ORLANDO FL").orElseThrow();

        assertThat(match.name()).isEqualTo("Ashley");
        assertThat(match.detailed().value()).isEqualTo("HOME_IMPROVEMENT_FURNITURE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GELDOPNEMING MET DEBETKAART NR 4412 01XX XXXX 9 BELFIUS LIER 12/04 | TRANSFER_OUT_WITHDRAWAL
            COMISION MANT. CTA. ABRIL 2026                                   | BANK_FEES_OTHER_BANK_FEES
            OVERSCHRIJVING VAN BE12 3456 7890 1234 BOUWBEDRIJF PEETERS NV LOON APRIL 2026 | INCOME_WAGES
            """)
    void belgianCashDutchWagesAndSpanishAccountFeesAreBankOperations(String raw, String detailed) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.BANK_OPERATION);
        assertThat(match.detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TRF P/ JOAQUIM SOUSA RENDA ABRIL                           | RENT_AND_UTILITIES_RENT
            DAUERAUFTRAG Baugenossenschaft Talblick eG Nutzungsgebuehr April | RENT_AND_UTILITIES_RENT
            PAGAMENTO POS PRESSO SUPERMERCATI ROSSETTO ODERZO           | FOOD_AND_DRINK_GROCERIES
            """)
    void portugueseRentAGermanCooperativesUserFeeAndPluralSupermarketsArePlaced(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEPA Incasso Naam: Eigen Haard Omschrijving: huur mei | Eigen Haard | RENT_AND_UTILITIES_RENT
            Incasso Twente Milieu NV termijn 2 | Twente Milieu | RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT
            ADDEBITO SDD CORE HERA SPA SERVIZIO IDRICO FATTURA 2/2026 | Hera | RENT_AND_UTILITIES_WATER
            PAGAMENTO POS PRESSO NOVACOOP CUNEO | Nova Coop | FOOD_AND_DRINK_GROCERIES
            """)
    void knowsDutchLandlordsAndWasteBoardsAndItalianWaterAndGroceries(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RECIBO IMPUESTO VEHICULOS 2026 MATRICULA 4411 BCD          | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            Kartenzahlung Fischhaus Moeller Kiel 2026-05-02            | FOOD_AND_DRINK_GROCERIES
            Betaalautomaat 03-05-26 pasnr. 221 Groentehandel Kuipers   | FOOD_AND_DRINK_GROCERIES
            CB CABINET INFIRMIER DU CENTRE 04/05 QUIMPER               | MEDICAL_OTHER_MEDICAL
            TRANSFERENCIA A JORDI PUIG CONCEPTE LLOGUER PIS MAIG        | RENT_AND_UTILITIES_RENT
            Lastschrift Ruderclub Wannsee e.V. Beitrag 2026            | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            """)
    void aTownsVehicleTaxAndLocalTradesArePlacedByTheirWords(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PALVELUMAKSU 04/2026 KAYTTOTILI                        | BANK_FEES_OTHER_BANK_FEES
            Mesacny poplatok Konto Plus 04/2026                    | BANK_FEES_OTHER_BANK_FEES
            EXODA TIRISIS LOGARIASMOU 1o TRIMINO                   | BANK_FEES_OTHER_BANK_FEES
            NOSTO 14.04 OTTO TAMPERE KESKUSTORI                    | TRANSFER_OUT_WITHDRAWAL
            Gutschrift Familienbeihilfe April 2026                 | INCOME_OTHER_INCOME
            EPIDOMA PAIDION B DOSI 2026                            | INCOME_OTHER_INCOME
            PRESTACAO CREDITO HABITACAO 0551 ABRIL                 | LOAN_PAYMENTS_MORTGAGE_PAYMENT
            Odoslana platba Prijemca: Peter Balaz Ucel: darcek      | TRANSFER_OUT_ACCOUNT_TRANSFER
            """)
    void finnishSlovakGreekPortugueseAndAustrianBankTextsArePlaced(String raw, String detailed) {
        assertThat(DIRECTORY.match(raw).orElseThrow().detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AGORA KARTAS 4412 SOUVLATZIDIKO O MITSOS LARISA              | FOOD_AND_DRINK_FAST_FOOD
            AGORA KARTAS KOMMOTIRIO MARIAS VOLOS                         | PERSONAL_CARE_HAIR_AND_BEAUTY
            PAGIA ENTOLI FRONTISTIRIO ORIZONTES DIDAKTRA APRILIOU        | GENERAL_SERVICES_EDUCATION
            Inkaso Vodarne Trencin faktura 04/2026                       | RENT_AND_UTILITIES_WATER
            TILISIIRTO AS OY TAMPEREEN KOIVUKUJA HOITOVASTIKE 04/2026    | RENT_AND_UTILITIES_RENT
            TRF P/ CLUBE DE NATACAO DE BRAGA MENSALIDADE ABRIL           | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            Trvaly prikaz Spolocenstvo vlastnikov Bernolakova 4 fond oprav | RENT_AND_UTILITIES_RENT
            SO HARTLEY GYMNASTICS ACADEMY MONTHLY                        | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            """)
    void greekSlovakFinnishPortugueseAndGymnasticsTradesArePlacedByTheirWords(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OPPD BILL PAY 0412 OMAHA NE    | OPPD                            | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            METROPOLITAN UTIL WEB PMT 2207 | Metropolitan Utilities District | RENT_AND_UTILITIES_WATER
            NCT BUS CD 5512                | Nottingham City Transport       | TRANSPORTATION_PUBLIC_TRANSIT
            FIRST KERNOW CD 3310           | First Bus                       | TRANSPORTATION_PUBLIC_TRANSIT
            NHS PRESCRIPTION CHARGE 0412   | NHS                             | MEDICAL_PHARMACIES_AND_SUPPLEMENTS
            OHIO DEPT TAX ESTPMT 0415 WEB  | Ohio Department of Taxation     | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            """)
    void knowsOmahasBoardsTheUkBusOperatorsNhsPrescriptionsAndOhiosTaxDepartment(String raw, String name,
                                                                                 String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DWP PENSION 22 APR BGC                           | INCOME_RETIREMENT_PENSION
            Monzo Premium                                    | BANK_FEES_OTHER_BANK_FEES
            """)
    void aDwpPensionAndANeobanksPlanArePlacedAsIncomeAndFee(String raw, String detailed) {
        assertThat(DIRECTORY.match(raw).orElseThrow().detailed().value()).isEqualTo(detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *BRIGHT STARS KIDS ACADEMY MESA AZ            | GENERAL_SERVICES_CHILDCARE
            CHECKCARD 0412 SUNRISE CHILD DEVELOPMENT CENTER  | GENERAL_SERVICES_CHILDCARE
            SO WALKER ROAD BOXING ACADEMY                    | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            DD TIGER CLAW KARATE ACADEMY                     | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            R BOLITHO FPO WINDOW CLEAN APRIL                 | HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE
            SQ *NORTHSIDE CUT & SHAVE FLINT MI               | PERSONAL_CARE_HAIR_AND_BEAUTY
            """)
    void aKidsAcademyIsADaycareABoxingAcademyASportsClubAWindowCleanAHomeServiceAndACutAndShaveABarber(String raw,
                                                                                                      String detailed) {
        assertTradeWord(raw, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PERCH POINT FISH FRY OSHKOSH WI        | FOOD_AND_DRINK_RESTAURANT
            SQ *DELTA MEAT & THREE Clarksdale MS   | FOOD_AND_DRINK_RESTAURANT
            STATE ST APIZZA BRIDGEPORT CT          | FOOD_AND_DRINK_RESTAURANT
            RIVERSIDE TRANSMISSION SVC MODESTO CA  | GENERAL_SERVICES_AUTOMOTIVE
            LAKEVIEW DERMATOLOGY ASSOC EVANSTON IL | MEDICAL_OTHER_MEDICAL
            STARBURST TUMBLING GYM BOISE ID        | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            """)
    void aFishFryAMeatAndThreeAnApizzaATransmissionShopDermatologyAndTumblingAreTrades(String raw, String detailed) {
        assertTradeWord(raw, detailed);
    }

    /** The directory reads {@code raw} as the entry called {@code name}, with the given detailed category. */
    private static void assertNamed(String raw, String name, String detailed) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.name()).isEqualTo(name);
        assertThat(match.detailed().value()).isEqualTo(detailed);
    }

    /** The directory places {@code raw} by a trade word (no merchant named), in the given detailed category. */
    private static void assertTradeWord(String raw, String detailed) {
        MerchantMatch match = DIRECTORY.match(raw).orElseThrow();

        assertThat(match.kind()).isEqualTo(DescriptorKind.GENERIC_TERM);
        assertThat(match.detailed().value()).isEqualTo(detailed);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΑΒ ΒΑΣΙΛΟΠΟΥΛΟΣ ΚΗΦΙΣΙΑ          | AB Vassilopoulos | FOOD_AND_DRINK_GROCERIES
            ΠΑΓΙΑ ΕΝΤΟΛΗ ΔΕΗ ΛΟΓ 2 117 004 556             | DEI              | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            ΠΛΗΡΩΜΗ ΑΑΔΕ ΕΝΦΙΑ 2026 ΔΟΣΗ 5                 | AADE             | GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT
            """)
    void greekBillersAndAbPrintedInGreekLettersAreKnown(String raw, String name, String detailed) {
        assertNamed(raw, name, detailed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΚΤΗΝΙΑΤΡΕΙΟ ΠΑΠΑΘΑΝΑΣΙΟΥ ΓΛΥΦΑΔΑ  | MEDICAL_VETERINARY_SERVICES
            KORTTIOSTO 02.05 ELAINLAAKARIASEMA TASSU OULU     | MEDICAL_VETERINARY_SERVICES
            ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΚΑΦΕ ΠΕΡΙΠΤΕΡΟ ΓΛΥΦΑΔΑ           | FOOD_AND_DRINK_COFFEE
            SEPA Lastschrift SPORTUNION ALTMUENSTER Beitrag   | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            TILISIIRTO OULUN PALLOSEURA RY KAUSI 2026         | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            """)
    void greekAndFinnishVetsAGreekCafeAndAustrianAndFinnishSportsClubsAreKnownByTheirTradeWord(String raw,
                                                                                               String detailed) {
        assertTradeWord(raw, detailed);
    }
}
