package org.myknees.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorNormalizerTest {

    private final DescriptorNormalizer normalizer = new DescriptorNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            STARBUCKS STORE 05523 SEATTLE WA                                         | STARBUCKS
            starbucks   store 05523    seattle wa                                    | STARBUCKS
            Card Purchase 03/14 Starbucks Store 05523 Seattle WA Card 4421             | STARBUCKS
            CHECKCARD 0311 STARBUCKS #11292 DENVER CO 24692164073100074128832          | STARBUCKS
            PURCHASE AUTHORIZED ON 02/11 MCDONALD'S F31222 AUSTIN TX S463042551818512 CARD 2219 | MCDONALDS
            POS DEBIT 1234 7-ELEVEN 35123 DALLAS TX                                  | 7 ELEVEN
            VISA DDA PUR 123456 SHELL OIL 57444 HOUSTON TX                           | SHELL OIL
            DEBIT CARD PURCHASE XXXXXXXXXXXX4421 TARGET 00014522 MINNEAPOLIS MN      | TARGET
            ACH DEBIT GEICO AUTO                                                     | GEICO AUTO
            CARD PAYMENT TO TESCO STORES 3412 ON 12 MAR                              | TESCO STORES
            CONTACTLESS PAYMENT PRET A MANGER 0412 LONDON GB                         | PRET A MANGER
            KARTENZAHLUNG REWE SAGT DANKE 12345 BERLIN 2024-01-05T12:30              | REWE SAGT DANKE
            SEPA-Lastschrift Netflix International B.V. EREF: 123 MREF: NF-1 CRED: NL12ZZZ123456780000 | NETFLIX INTERNATIONAL B V
            CB CARREFOUR MARKET 12/03 PARIS                                          | CARREFOUR MARKET
            PAGAMENTO POS 22,10 EUR DEL 05/02/2026 ORE 18:12 PRESSO IPER COOP PARMA   | IPER COOP PARMA
            PRESSO OY HELSINKI                                                       | PRESSO OY HELSINKI
            ONLINE PAYMENT SEVERN TRENT WATER 4471                                   | SEVERN TRENT WATER
            OVERSCHRIJVING NAAR BE68 5390 0754 7034 TENNISCLUB WILRIJK               | OVERSCHRIJVING NAAR TENNISCLUB WILRIJK
            SEPA OVERBOEKING NAAR NL57 INGB 0001 2345 67 STICHTING DE KRING          | SEPA OVERBOEKING NAAR STICHTING DE KRING
            UEBERWEISUNG DE89 3704 0044 0532 0130 00 HAUSVERWALTUNG MEIER            | UEBERWEISUNG HAUSVERWALTUNG MEIER
            PAIEMENT PAR CARTE X1234 MONOPRIX 12/03                                  | MONOPRIX
            PRLV SEPA EDF CLIENTS PARTICULIERS                                       | EDF CLIENTS PARTICULIERS
            BEA NR:XXXX1234 12.03.24/18.02 JUMBO UTRECHT,PAS 123                     | JUMBO
            SQ *BLUE BOTTLE COFFEE Oakland CA                                        | BLUE BOTTLE COFFEE
            TST* GOLDEN DRAGON RESTAURANT SAN FRANCISCO CA                           | GOLDEN DRAGON RESTAURANT
            PAYPAL *NETFLIX 402-935-7733 CA                                          | NETFLIX
            PP*ETSYSELLER 4029357733                                                 | ETSYSELLER
            SP * ALLBIRDS SAN FRANCISCO CA                                           | ALLBIRDS
            SP+ PARKING 1102 CHICAGO IL                                              | SP PLUS PARKING
            GOOGLE *YouTubePremium g.co/helppay# CA                                  | YOUTUBEPREMIUM
            UBER   *EATS HELP.UBER.COM CA                                            | UBER EATS
            AMZN Mktp US*2K4LM1                                                      | AMZN MKTP
            Amazon.com*RT5YH2K10 Amzn.com/bill WA                                    | AMAZON COM
            APPLE.COM/BILL 866-712-7753 CA                                           | APPLE COM BILL
            JUST EAT.CO.UK LTD LONDON                                                | JUST EAT LTD LONDON
            NETFLIX.COM 866-579-7172 CA                                              | NETFLIX COM
            (800) 555-0199 ACME PLUMBING                                             | ACME PLUMBING
            LYFT   *RIDE SUN 11PM                                                    | LYFT RIDE
            DELTA AIR LINES 0062345678901 ATLANTA GA                                 | DELTA AIR LINES
            H&M0412 CHICAGO IL                                                       | H & M
            AT&T*BILL PAYMENT 800-288-2020 TX                                        | AT & T BILL PAYMENT
            TRADER JOE S #552 QPS OAKLAND CA                                         | TRADER JOES QPS
            MÜLLER DROGERIE 1234 MÜNCHEN                                             | MUELLER DROGERIE
            CAFÉ DE FLORE 18/03 PARIS                                                | CAFE DE FLORE
            E.ON Energie Deutschland GmbH Abschlag                                   | E ON ENERGIE DEUTSCHLAND GMBH ABSCHLAG
            TOYS R US #1234 WAYNE NJ                                                 | TOYS R US WAYNE
            FOREVER21 0412 LOS ANGELES CA                                            | FOREVER21
            MICROSOFT*MICROSOFT 365 P MSBILL.INFO WA                                 | MICROSOFT 365 P
            CITY OF AUSTIN PARKING AUSTIN TX                                         | CITY OF AUSTIN PARKING
            USD 12.50 FOREIGN TRANSACTION FEE                                        | FOREIGN TRANSACTION FEE
            CAFE NORTH 0412 SEATTLE WA                                               | CAFE NORTH
            TACOS WEST 0412 DENVER CO                                                | TACOS WEST
            """)
    void removesTheNoiseBanksPrintAroundTheMerchant(String raw, String expected) {
        assertThat(normalizer.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ACME CORP DES:PAYROLL ID:XXXXX12345 INDN:DOE,JOHN CO ID:XXXXX12345 PPD   | ACME CORP PAYROLL
            ORIG CO NAME:ACME CORP ORIG ID:1234567890 DESC DATE:240105 CO ENTRY DESCR:PAYROLL SEC:PPD TRACE#:021000021234567 EED:240105 IND ID:12345 IND NAME:JOHN DOE TRN: 0051234567TC | ACME CORP PAYROLL
            NAVIENT DES:ED LOAN ID:123456789 INDN:SMITH JOHN CO ID:1234567890 WEB     | NAVIENT ED LOAN
            /TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/J JANSEN/REMI/HUUR JANUARI/EREF/NOTPROVIDED | SEPA OVERBOEKING J JANSEN HUUR JANUARI
            Naam: KPN B.V. Omschrijving: Factuur 12345678 IBAN: NL12INGB0001234567 Kenmerk: 1234 | KPN B V FACTUUR
            SVWZ+Miete Maerz EREF+ABC123 KREF+XYZ                                    | MIETE MAERZ
            VIR SEPA RECU /DE: JEAN DUPONT /MOTIF: REMBOURSEMENT                     | VIR SEPA RECU JEAN DUPONT REMBOURSEMENT
            """)
    void dropsAchAndSepaFieldLabelsWithTheirIdsButKeepsTheNames(String raw, String expected) {
        assertThat(normalizer.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *BLUE BOTTLE COFFEE Oakland CA    | SQUARE     | false
            TST* OSTERIA LUCA Boston MA          | TOAST      | false
            PAYPAL *STEAM GAMES 402-935-7733 CA  | PAYPAL     | false
            GOOGLE *FI 4KX9 g.co/helppay# CA     | GOOGLE     | true
            DD *DOORDASH MAPLE LLC               | DOORDASH   | true
            EB *SUMMER JAZZ NIGHT                | EVENTBRITE | true
            """)
    void reportsWhichProcessorOrPlatformItRemoved(String raw, String intermediary, boolean sells) {
        NormalizedDescriptor descriptor = normalizer.parse(raw);

        assertThat(descriptor.intermediary()).isEqualTo(intermediary);
        assertThat(descriptor.intermediarySells()).isEqualTo(sells);
    }

    @Test
    void keepsAProcessorPrefixThatIsAllThereIs() {
        assertThat(normalizer.parse("PAYPAL *  4029357733")).isEqualTo(new NormalizedDescriptor("PAYPAL", "", false));
        assertThat(normalizer.parse("SQ *")).isEqualTo(new NormalizedDescriptor("SQ", "", false));
    }

    @Test
    void aStarOnlyMarksTheProcessorsThatNeedIt() {
        assertThat(normalizer.parse("PAYPAL INST XFER 0123456789").intermediary()).isEmpty();
        assertThat(normalizer.normalize("PAYPAL INST XFER 0123456789")).isEqualTo("PAYPAL INST XFER");
        assertThat(normalizer.normalize("GOOGLE STORE MOUNTAIN VIEW CA")).isEqualTo("GOOGLE STORE");
    }

    @Test
    void greekLettersAreReadInTheLatinSpellingOfTheSamePayee() {
        assertThat(normalizer.normalize("ΕΥΔΑΠ")).isEqualTo(normalizer.normalize("EYDAP"));
        assertThat(normalizer.normalize("Μισθοδοσία")).isEqualTo("MISTHODOSIA");
        assertThat(normalizer.normalize("ΨΗΤΟΠΩΛΕΙΟ Ο ΧΑΡΗΣ")).isEqualTo("PSITOPOLEIO O CHARIS");
    }

    @Test
    void greekOuIsOneVowelWrittenOuButAnUpsilonWithADiaeresisKeepsItsY() {
        assertThat(normalizer.normalize("ΚΡΕΟΠΩΛΕΙΟ ΜΠΟΥΡΑΝΤΑ")).isEqualTo("KREOPOLEIO MPOURANTA");
        assertThat(normalizer.normalize("Μπουράντα")).isEqualTo("MPOURANTA");
        assertThat(normalizer.normalize("ΠΡΩΤΕΥΟΥΣΑ")).isEqualTo("PROTEYOUSA");
        assertThat(normalizer.normalize("ΚΟΫΤΑ")).isEqualTo("KOYTA");
    }

    @Test
    void thePaymentsKindBeforeTheLatvianEstonianPortugueseOrGreekPayeeIsNoPartOfIt() {
        assertThat(normalizer.normalize("Maksājums BALTIC CLEANING SIA")).startsWith("BALTIC CLEANING");
        assertThat(normalizer.normalize("e-arve TALLINNA VESI AS")).startsWith("TALLINNA VESI");
        assertThat(normalizer.normalize("PAG SERV 21034 EPAL AGUAS")).startsWith("EPAL");
        assertThat(normalizer.normalize("ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΕΥΔΑΠ")).isEqualTo("EYDAP");
    }

    @Test
    void textThatIsOnlyNoiseNormalizesToEmpty() {
        assertThat(normalizer.normalize("XXXXXXXXXXXX1234 01/05 12:45")).isEmpty();
        assertThat(normalizer.normalize("   ")).isEmpty();
        assertThat(normalizer.normalize("")).isEmpty();
    }

    @Test
    void aTownIsOnlyStrippedWithEvidenceThatItIsALocation() {
        assertThat(normalizer.normalize("TESCO STORES 3412 LONDON")).isEqualTo("TESCO STORES");
        assertThat(normalizer.normalize("PIZZA EXPRESS LONDON GB")).isEqualTo("PIZZA EXPRESS");
        assertThat(normalizer.normalize("VISIT LONDON")).isEqualTo("VISIT LONDON");
        assertThat(normalizer.normalize("CAFE DE PARIS 0412")).isEqualTo("CAFE DE PARIS");
    }

    @Test
    void aDescriptorOfOnlyATownOrCodeKeepsIt() {
        assertThat(normalizer.normalize("PHOENIX")).isEqualTo("PHOENIX");
        assertThat(normalizer.normalize("CA")).isEqualTo("CA");
    }

    @Test
    void normalizingTwiceChangesNothingForEveryEvaluationDescriptor() {
        List<Map<String, String>> rows = CsvRows.read(CsvRows.EVALUATION_SET);

        assertThat(rows).allSatisfy(row -> {
            String once = normalizer.normalize(row.get("descriptor"));
            assertThat(normalizer.normalize(once)).as(row.get("descriptor")).isEqualTo(once);
        });
    }

    @Test
    void aCodeGluedToALoneLetterSurvivesASecondPass() {
        String once = normalizer.normalize("SEPA-LASTSCHRIFT HAUPTZOLLAMT KFZ-STEUER M-AB 1234");

        assertThat(once).isEqualTo("HAUPTZOLLAMT KFZ STEUER M AB");
        assertThat(normalizer.normalize(once)).isEqualTo(once);
        assertThat(normalizer.normalize(normalizer.normalize("E.ON UK"))).isEqualTo("E ON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kupnja POS 03.06.2026 PLODINE 0412 RIJEKA HR                      | PLODINE
            CARD PURCHASE 04/06/26 PETROLINA 118 PAPHOS CY                    | PETROLINA
            ACHAT VPAY 05.06.26 12:10 CACTUS HOWALD LU CARTE 6703XXXXXXXX1234 | CACTUS
            Inkaso Prijemca: BVS a.s. VS 4400221877 SS 0308 Ucel: vodne       | INKASO BVS A S VODNE
            """)
    void cardFramingCountryCodesAndSlovakPaymentSymbolsOfSmallerEuroAreaBanksGo(String raw, String normalized) {
        assertThat(normalizer.normalize(raw)).isEqualTo(normalized);
        assertThat(normalizer.normalize(normalized)).isEqualTo(normalized);
    }

    @Test
    void anExportsTrailingEntryTypeStaysForMatchingWhileTheTownBeforeItGoes() {
        assertThat(normalizer.normalize("ROUNDHAY FISH BAR LEEDS GB Contactless"))
                .isEqualTo("ROUNDHAY FISH BAR CONTACTLESS");
        assertThat(normalizer.normalize("FPL DIRECT DEBIT")).isEqualTo("FPL DIRECT DEBIT");
    }

    @Test
    void aTownCutAfterCityOfIsWrittenOutOnlyWhenOneTownBeginsWithIt() {
        assertThat(normalizer.normalize("CITY OF ALBUQUERQ WATER")).isEqualTo("CITY OF ALBUQUERQUE WATER");
        assertThat(normalizer.normalize("CITY OF SAN WATER")).isEqualTo("CITY OF SAN WATER");
    }

    @Test
    void aClubsFoundingYearStaysButOtherLongNumbersGo() {
        assertThat(normalizer.normalize("SEPA-LASTSCHRIFT TSV HOEHENKIRCHEN 1908 EV BEITRAG"))
                .isEqualTo("TSV HOEHENKIRCHEN 1908 EV BEITRAG");
        assertThat(normalizer.normalize("SEPA-LASTSCHRIFT STADTWERKE ULM 2026 ABSCHLAG"))
                .isEqualTo("STADTWERKE ULM ABSCHLAG");
    }

    @Test
    void santandersZeroFeeAfterACardEntryGoesButARealFeeStays() {
        assertThat(normalizer.normalize(
                "Compra Libreria El Tintero, Alcala De Henares, Tarjeta 5489XXXXXXXX0918 , Comision 0,00"))
                .doesNotContain("COMISION");
        assertThat(normalizer.normalize("COMISION MANTENIMIENTO CUENTA MAYO")).contains("COMISION");
        assertThat(normalizer.normalize("COMISION 2,50 TRASPASO")).contains("COMISION");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> normalizer.normalize(null));
    }
}
