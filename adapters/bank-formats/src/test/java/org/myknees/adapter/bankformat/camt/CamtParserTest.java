package org.myknees.adapter.bankformat.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.myknees.adapter.bankformat.camt.CamtSamples.CARD_PAYMENT;
import static org.myknees.adapter.bankformat.camt.CamtSamples.batch;
import static org.myknees.adapter.bankformat.camt.CamtSamples.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

class CamtParserTest {

    private final Camt053Parser parser = new Camt053Parser();

    private ParsedFile parse(String xml) {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), ParseContext.of("statement.xml"));
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    @Nested
    class Statements {

        @Test
        void readsAccountCurrencyAndBookedBalances() {
            ParsedStatement statement = parse(statement("")).statements().get(0);

            assertThat(statement.account().identifier()).contains("DE89370400440532013000");
            assertThat(statement.account().bankId()).contains("COBADEFFXXX");
            assertThat(statement.account().name()).contains("Household");
            assertThat(statement.currency()).contains(Currency.getInstance("EUR"));
            assertThat(statement.opening()).contains(new StatedBalance(eur("1000.00"), LocalDate.of(2024, 3, 1)));
            assertThat(statement.closing()).contains(new StatedBalance(eur("-12.50"), LocalDate.of(2024, 3, 1)));
        }

        @Test
        void takesThePreviouslyClosedBalanceAsOpeningOfAReport() {
            String report = statement("").replace("camt.053.001.02", "camt.052.001.02")
                    .replace("BkToCstmrStmt", "BkToCstmrAcctRpt").replace("<Stmt>", "<Rpt>")
                    .replace("</Stmt>", "</Rpt>").replace("OPBD", "PRCD")
                    .replace("<IBAN>DE89370400440532013000</IBAN>", "<Othr><Id>0042-1234567-10-000</Id></Othr>");

            ParsedFile file = new Camt052Parser().parse(report.getBytes(StandardCharsets.UTF_8),
                    ParseContext.of("report.xml"));

            assertThat(file.statements().get(0).opening()).map(StatedBalance::amount).contains(eur("1000.00"));
            assertThat(file.statements().get(0).account().identifier()).contains("0042-1234567-10-000");
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void readsVersionOneWhoseMessageElementCarriesItsVersion() {
            String v1 = statement(CARD_PAYMENT).replace("camt.053.001.02", "camt.053.001.01")
                    .replace("BkToCstmrStmt", "BkToCstmrStmtV01");

            assertThat(parse(v1).transactionCount()).isEqualTo(1);
        }

        @Test
        void readsEveryStatementOfAMessage() {
            String two = statement(CARD_PAYMENT).replace("</Stmt>", "</Stmt><Stmt><Acct><Id><IBAN>NL91ABNA0417164300"
                    + "</IBAN></Id></Acct></Stmt>");

            assertThat(parse(two).statements()).extracting(s -> s.account().identifier())
                    .containsExactly(Optional.of("DE89370400440532013000"), Optional.of("NL91ABNA0417164300"));
        }

        @Test
        void decodesTheEncodingTheDeclarationOrByteOrderMarkNames() {
            String xml = statement(CARD_PAYMENT.replace("Bakery &amp; Sons", "Bäckerei Müller"));
            byte[] latin1 = xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] utf16 = ("\uFEFF" + xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""))
                    .getBytes(StandardCharsets.UTF_16BE);

            for (byte[] content : new byte[][] {latin1, utf16}) {
                ParsedFile file = parser.parse(content, ParseContext.of("statement.xml"));
                assertThat(file.statements().get(0).transactions().get(0).counterparty()).contains("Bäckerei Müller");
                assertThat(file.warnings()).isEmpty();
            }
        }

        @Test
        void readsAFileThatIsNotTheEncodingItDeclaresAsLatin1WithAWarning() {
            byte[] mislabelled = statement(CARD_PAYMENT.replace("Bakery &amp; Sons", "Bäckerei"))
                    .getBytes(StandardCharsets.ISO_8859_1);

            ParsedFile file = parser.parse(mislabelled, ParseContext.of("statement.xml"));

            assertThat(file.statements().get(0).transactions().get(0).counterparty()).contains("Bäckerei");
            assertThat(file.warnings()).singleElement().asString().contains("not valid UTF-8");
        }

        @Test
        void readsAZipArchiveOfStatements() throws IOException {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                for (String name : new String[] {"day1.xml", "notes.txt", "day2.xml"}) {
                    out.putNextEntry(new ZipEntry(name));
                    out.write(statement(CARD_PAYMENT).getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }

            ParsedFile file = parser.parse(zip.toByteArray(), ParseContext.of("camt053.zip"));

            assertThat(file.statements()).hasSize(2);
            assertThat(file.transactionCount()).isEqualTo(2);
            assertThat(parser.recognize(zip.toByteArray(), "camt053.zip")).isEqualTo(60);
        }
    }

    @Nested
    class Entries {

        @Test
        void readsAnEntryWithItsPartiesRemittanceAndReference() {
            ParsedTransaction transaction = parse(statement(CARD_PAYMENT)).statements().get(0).transactions().get(0);

            assertThat(transaction.amount()).isEqualTo(eur("-42.50"));
            assertThat(transaction.bookingDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(transaction.valueDate()).contains(LocalDate.of(2024, 2, 29));
            assertThat(transaction.counterparty()).contains("Bakery & Sons");
            assertThat(transaction.remittance()).contains("Invoice 7 March");
            assertThat(transaction.externalId()).contains("BANKREF-1");
            assertThat(transaction.pending()).isFalse();
            assertThat(transaction.rawDescriptor()).isEqualTo("CARD PAYMENT Bakery & Sons Invoice 7 March");
        }

        @Test
        void readsPendingStatusCodesDateTimesPartyBlocksAndUetrOfNewerVersions() {
            String entry = """
                    <Ntry>
                      <Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                      <Sts><Cd>PDNG</Cd></Sts>
                      <BookgDt><DtTm>2024-03-01T23:30:00+01:00</DtTm></BookgDt>
                      <NtryDtls><TxDtls>
                        <Refs><EndToEndId>NOTPROVIDED</EndToEndId><UETR>3f2b8c1e-7d4a-4e0b-9c6f-1a2b3c4d5e6f</UETR></Refs>
                        <RltdPties><Dbtr><Pty><Nm>Jane Doe</Nm></Pty></Dbtr></RltdPties>
                        <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf>
                          <AddtlRmtInf>Rent</AddtlRmtInf></Strd></RmtInf>
                      </TxDtls></NtryDtls>
                    </Ntry>
                    """;

            ParsedTransaction transaction = parse(statement(entry).replace("camt.053.001.02", "camt.053.001.08"))
                    .statements().get(0).transactions().get(0);

            assertThat(transaction.pending()).isTrue();
            assertThat(transaction.bookingDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(transaction.counterparty()).contains("Jane Doe");
            assertThat(transaction.remittance()).contains("RF18539007547034 Rent");
            assertThat(transaction.externalId()).contains("3f2b8c1e-7d4a-4e0b-9c6f-1a2b3c4d5e6f");
        }

        @Test
        void splitsABatchWhoseDetailsAddUpIntoOneTransactionPerDetail() {
            ParsedFile file = parse(statement(batch("30.00", "12.50")));

            assertThat(file.statements().get(0).transactions())
                    .extracting(ParsedTransaction::amount, ParsedTransaction::counterparty, ParsedTransaction::externalId)
                    .containsExactly(
                            tuple(eur("-30.00"), Optional.of("Gas Co"), Optional.of("TX-1")),
                            tuple(eur("-12.50"), Optional.of("Water Co"), Optional.of("TX-2")));
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void keepsABatchWhoseDetailsDoNotAddUpAsOneTransactionAndWarns() {
            ParsedFile file = parse(statement(batch("30.00", "10.00")));

            assertThat(file.statements().get(0).transactions()).singleElement().satisfies(t -> {
                assertThat(t.amount()).isEqualTo(eur("-42.50"));
                assertThat(t.counterparty()).isEmpty();
                assertThat(t.remittance()).contains("Gas March; Water March");
            });
            assertThat(file.warnings()).singleElement().asString().contains("add up to -40.00 EUR");
        }

        @Test
        void namesTheDebtorAsOtherPartyOfAReturnedDirectDebit() {
            String entry = """
                    <Ntry>
                      <Amt Ccy="EUR">53.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                      <BookgDt><Dt>2024-03-01</Dt></BookgDt>
                      <NtryDtls><TxDtls>
                        <RltdPties><Dbtr><Nm>Otto Normal</Nm></Dbtr><Cdtr><Nm>Household</Nm></Cdtr></RltdPties>
                        <RtrInf><Rsn><Cd>MS03</Cd></Rsn></RtrInf>
                      </TxDtls></NtryDtls>
                      <AddtlNtryInf>LS RUECKBELASTUNG</AddtlNtryInf>
                    </Ntry>
                    """;

            ParsedTransaction transaction = parse(statement(entry)).statements().get(0).transactions().get(0);

            assertThat(transaction.counterparty()).contains("Otto Normal");
        }

        @Test
        void keepsTheUltimateCreditorAPaymentAgentCollectsForInTheDescriptor() {
            String entry = """
                    <Ntry>
                      <Amt Ccy="EUR">80.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                      <BookgDt><Dt>2024-03-01</Dt></BookgDt>
                      <NtryDtls><TxDtls>
                        <RltdPties><Cdtr><Nm>Pay Agent BV</Nm></Cdtr><UltmtCdtr><Nm>City Library</Nm></UltmtCdtr></RltdPties>
                        <RmtInf><Ustrd>Fine 42</Ustrd></RmtInf>
                      </TxDtls></NtryDtls>
                    </Ntry>
                    """;

            ParsedTransaction transaction = parse(statement(entry)).statements().get(0).transactions().get(0);

            assertThat(transaction.counterparty()).contains("Pay Agent BV");
            assertThat(transaction.rawDescriptor()).isEqualTo("Pay Agent BV City Library Fine 42");
        }

        @Test
        void datesAnEntryWithoutDatesByTheStatementsCreationAndWarns() {
            ParsedFile file = parse(statement(CARD_PAYMENT.replaceAll("<(BookgDt|ValDt)>.*</(BookgDt|ValDt)>", "")));

            assertThat(file.statements().get(0).transactions().get(0).bookingDate()).isEqualTo(LocalDate.of(2024, 3, 2));
            assertThat(file.warnings()).singleElement().asString().contains("neither a booking date nor a value date");
        }

        @Test
        void readsAmountsInNoCurrencyAsTheImportsCurrency() {
            String xml = statement(CARD_PAYMENT).replace("Ccy=\"EUR\"", "Ccy=\"XXX\"").replace("<Ccy>EUR</Ccy>", "");

            ParsedFile file = parser.parse(xml.getBytes(StandardCharsets.UTF_8),
                    ParseContext.of("s.xml").withDefaultCurrency(Currency.getInstance("CHF")));

            assertThat(file.statements().get(0).transactions().get(0).amount()).isEqualTo(Money.parse("-42.50", "CHF"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void quarantinesAnEntryWithMoreDecimalsThanItsCurrencyWhileTheRestImports() {
            ParsedFile file = parse(statement(CARD_PAYMENT.replace("42.50", "42.505") + CARD_PAYMENT));

            assertThat(file.transactionCount()).isEqualTo(1);
            assertThat(file.quarantined()).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(22);
                assertThat(row.field()).isEqualTo("Ntry/Amt");
                assertThat(row.reason()).contains("42.505 EUR").contains("never rounds");
                assertThat(row.text()).startsWith("<Ntry><NtryRef>N1</NtryRef><Amt Ccy=\"EUR\">42.505</Amt>");
            });
        }

        @Test
        void acceptsZerosBeyondTheCurrencysDecimals() {
            ParsedFile file = parse(statement(CARD_PAYMENT.replace("42.50", "42.50000")));

            assertThat(file.statements().get(0).transactions().get(0).amount()).isEqualTo(eur("-42.50"));
        }

        @Test
        void dropsABalanceWithMoreDecimalsThanItsCurrencyWithAWarning() {
            ParsedFile file = parse(statement("").replace("1000.00", "100.0000000000005"));

            assertThat(file.statements().get(0).opening()).isEmpty();
            assertThat(file.statements().get(0).closing()).isPresent();
            assertThat(file.warnings()).singleElement().asString().contains("statement.xml:14").contains("OPBD")
                    .contains("more decimal places");
        }

        @Test
        void dropsABalanceWithoutADateWithAWarning() {
            ParsedFile file = parse(statement("").replace("<CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt>",
                    "<CdtDbtInd>DBIT</CdtDbtInd>"));

            assertThat(file.statements().get(0).closing()).isEmpty();
            assertThat(file.warnings()).singleElement().asString().contains("CLBD").contains("no date");
        }

        @Test
        void quarantinesAnEntryThatIsNeitherCreditNorDebit() {
            ParsedFile file = parse(statement(CARD_PAYMENT.replace("<CdtDbtInd>DBIT</CdtDbtInd>", "")));

            assertThat(file.quarantined()).singleElement().satisfies(row -> assertThat(row.field())
                    .isEqualTo("Ntry/CdtDbtInd"));
        }

        @Test
        void rejectsDocumentsThatAreNotCamtMessages() {
            assertRejected("not xml at all", "not well-formed XML");
            assertRejected("<Document xmlns=\"urn:weird\"><BkToCstmrStmt/></Document>", "urn:weird");
            assertRejected("<Document><BkToCstmrStmt/></Document>", "declares no namespace");
            assertRejected("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                    + "<GrpHdr/></BkToCstmrStmt></Document>", "holds no Stmt");
            assertRejected("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"><BkToCstmrStmt>"
                    + "<Stmt/></BkToCstmrStmt></Document>", "declares camt.052");
            assertRejected("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/>"
                    + "</Document>", "holds no BkToCstmrAcctRpt");
        }

        @Test
        void refusesExternalEntitiesWithoutReadingThem() {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                    + statement(CARD_PAYMENT.replace("Invoice 7", "&x;")).replaceFirst("<\\?xml[^>]*>", "");

            assertThatThrownBy(() -> parse(xxe)).isInstanceOf(StatementParseException.class)
                    .hasMessageStartingWith("statement.xml").hasMessageContaining("\"x\"");
        }

        @Test
        void refusesNestingDeeperThanAnyCamtMessage() {
            String deep = "<a>".repeat(5_000) + "</a>".repeat(5_000);

            assertThatThrownBy(() -> parse(deep)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("nest deeper");
        }

        private void assertRejected(String xml, String reason) {
            assertThatThrownBy(() -> parse(xml)).as(xml).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("statement.xml").hasMessageContaining(reason);
        }
    }

    @Test
    void isRegisteredForServiceLoaderOncePerMessageType() {
        assertThat(ServiceLoader.load(StatementParser.class).stream().map(ServiceLoader.Provider::get)
                .map(StatementParser::format))
                .contains(ImportFormat.CAMT_052, ImportFormat.CAMT_053, ImportFormat.CAMT_054);
    }

    @Nested
    class Recognition {

        @Test
        void isSureOfItsOwnMessageAndKnowsTheOthers() {
            byte[] statement = statement("").getBytes(StandardCharsets.UTF_8);

            assertThat(parser.recognize(statement, "x.xml")).isEqualTo(95);
            assertThat(new Camt052Parser().recognize(statement, "x.xml")).isEqualTo(10);
            assertThat(new Camt054Parser().recognize(statement, "x.xml")).isEqualTo(10);
        }

        @Test
        void acceptsAnyPrefixAndVersionSuffixButDoubtsASchemaThatOnlyNamesTheNamespace() {
            String prefixed = "<c:Document xmlns:c=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">"
                    + "<c:BkToCstmrStmtV01>";
            String schema = "<xs:schema targetNamespace=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">"
                    + "<xs:element name=\"BkToCstmrStmt\" type=\"BankToCustomerStatementV04\"/>";

            assertThat(parser.recognize(prefixed.getBytes(StandardCharsets.UTF_8), "x.xml")).isEqualTo(95);
            assertThat(parser.recognize(schema.getBytes(StandardCharsets.UTF_8), "camt.053.xsd")).isEqualTo(30);
        }

        @Test
        void ignoresOtherFormatsAndNeverThrows() {
            assertThat(parser.recognize(":20:STARTUMS\n:25:123\n".getBytes(StandardCharsets.UTF_8), "a.sta")).isZero();
            assertThat(parser.recognize(null, null)).isZero();
            assertThat(parser.recognize(new byte[] {'P', 'K', 3, 4}, null)).isEqualTo(15);
        }
    }
}
