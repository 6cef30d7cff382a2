package org.myknees.adapter.bankformat.ofx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

class OfxStatementParserTest {

    private static final String SGML_HEADER = """
            OFXHEADER:100
            DATA:OFXSGML
            VERSION:102
            SECURITY:NONE
            ENCODING:USASCII
            CHARSET:1252
            COMPRESSION:NONE
            OLDFILEUID:NONE
            NEWFILEUID:NONE

            """;

    private static final String SIGNON_OK = """
            <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
            <DTSERVER>20221020231556<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
            """;

    private final OfxStatementParser parser = new OfxStatementParser();

    private ParsedFile parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), ParseContext.of("test.ofx"));
    }

    private ParsedFile parse(byte[] bytes) {
        return parser.parse(bytes, ParseContext.of("test.ofx"));
    }

    private static String bankStatement(String currency, String transactions) {
        return "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n<STMTRS>" + currency
                + "<BANKACCTFROM><BANKID>123456789<ACCTID>0001234<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
                + "<BANKTRANLIST><DTSTART>20221001<DTEND>20221031\n" + transactions + "</BANKTRANLIST>\n"
                + "<LEDGERBAL><BALAMT>1500.25<DTASOF>20221031120000</LEDGERBAL>\n"
                + "</STMTRS></STMTTRNRS></BANKMSGSRSV1>\n";
    }

    private static String sgml(String body) {
        return SGML_HEADER + "<OFX>\n" + SIGNON_OK + body + "</OFX>\n";
    }

    private static ParsedTransaction onlyTransaction(ParsedFile file) {
        assertThat(file.statements()).hasSize(1);
        assertThat(file.statements().get(0).transactions()).hasSize(1);
        return file.statements().get(0).transactions().get(0);
    }

    @Nested
    class Sgml {

        @Test
        void readsUnclosedLeafTagsIntoATransaction() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", """
                    <STMTTRN>
                    <TRNTYPE>DEBIT
                    <DTPOSTED>20221019120000.000[-5:EST]
                    <TRNAMT>-20.00
                    <FITID>abc123
                    <NAME>COFFEE SHOP
                    <MEMO>CARD 1234
                    </STMTTRN>
                    """)));

            ParsedTransaction row = onlyTransaction(file);
            assertThat(row.bookingDate()).isEqualTo(LocalDate.of(2022, 10, 19));
            assertThat(row.amount()).isEqualTo(Money.parse("-20.00", "USD"));
            assertThat(row.externalId()).contains("abc123");
            assertThat(row.counterparty()).contains("COFFEE SHOP");
            assertThat(row.remittance()).contains("CARD 1234");
            assertThat(row.rawDescriptor()).isEqualTo("COFFEE SHOP CARD 1234");
            assertThat(row.line()).isEqualTo(17);
            assertThat(file.quarantined()).isEmpty();
        }

        @Test
        void readsValuesWrittenOnTheLineAfterTheirTag() {
            ParsedFile file = parse("""
                    <OFX>
                    <BANKMSGSRSV1><STMTTRNRS><STMTRS>
                    <CURDEF>
                    USD
                    </CURDEF>
                    <BANKTRANLIST>
                    <STMTTRN>
                    <DTPOSTED>
                    20190109121112
                    </DTPOSTED>
                    <TRNAMT>
                    -55.00
                    </TRNAMT>
                    <NAME>
                    Transfer to savings account
                    </NAME>
                    </STMTTRN>
                    </BANKTRANLIST>
                    </STMTRS></STMTTRNRS></BANKMSGSRSV1>
                    </OFX>
                    """);

            ParsedTransaction row = onlyTransaction(file);
            assertThat(row.amount()).isEqualTo(Money.parse("-55.00", "USD"));
            assertThat(row.bookingDate()).isEqualTo(LocalDate.of(2019, 1, 9));
            assertThat(row.rawDescriptor()).isEqualTo("Transfer to savings account");
        }

        @Test
        void readsAFileWhoseHeaderAndBodyAreAllOnOneLine() {
            String oneLine = "OFXHEADER:100 DATA:OFXSGML VERSION:102 ENCODING:USASCII CHARSET:1252 "
                    + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CAD<BANKACCTFROM><BANKID>1<ACCTID>42"
                    + "<ACCTTYPE>SAVINGS</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20230509"
                    + "<TRNAMT>12.5<FITID>9<NAME>INTEREST</STMTTRN><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20230510"
                    + "<TRNAMT>-1<FITID>10<NAME>FEE</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

            ParsedFile file = parse(oneLine);

            ParsedStatement statement = file.statements().get(0);
            assertThat(statement.account().identifier()).contains("42");
            assertThat(statement.account().type()).contains("SAVINGS");
            assertThat(statement.transactions()).extracting(ParsedTransaction::amount)
                    .containsExactly(Money.parse("12.50", "CAD"), Money.parse("-1.00", "CAD"));
            assertThat(statement.transactions()).extracting(ParsedTransaction::line).containsOnly(1);
        }

        @Test
        void readsAHeaderlessBody() {
            ParsedFile file = parse(bankStatement("<CURDEF>EUR", """
                    <STMTTRN><TRNTYPE>POS<DTPOSTED>20221002<TRNAMT>-3.10<FITID>x1<NAME>BAKERY</STMTTRN>
                    """));

            assertThat(onlyTransaction(file).amount()).isEqualTo(Money.parse("-3.10", "EUR"));
        }

        @Test
        void keepsTheSiblingsOfAnEmptyLeafInsideTheTransaction() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", """
                    <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20221002<NAME><TRNAMT>-7.00<FITID>e1<MEMO>EMPTY NAME</STMTTRN>
                    """)));

            ParsedTransaction row = onlyTransaction(file);
            assertThat(row.amount()).isEqualTo(Money.parse("-7.00", "USD"));
            assertThat(row.counterparty()).isEmpty();
            assertThat(row.rawDescriptor()).isEqualTo("EMPTY NAME");
        }

        @Test
        void startsANewTransactionWhenTheBankForgotToCloseThePreviousOne() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", """
                    <STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00<NAME>FIRST
                    <STMTTRN><DTPOSTED>20221003<TRNAMT>-2.00<NAME>SECOND</STMTTRN>
                    """)));

            assertThat(file.statements().get(0).transactions()).extracting(ParsedTransaction::rawDescriptor)
                    .containsExactly("FIRST", "SECOND");
        }

        @Test
        void skipsCommentsAndDecodesCharacterReferences() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", """
                    <!-- exported by a bank -->
                    <STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00<NAME>AT&T &amp; CO &#233;<MEMO>TPAY &amp;lt;DEF&amp;gt;</STMTTRN>
                    """)));

            ParsedTransaction row = onlyTransaction(file);
            assertThat(row.counterparty()).contains("AT&T & CO é");
            assertThat(row.remittance()).as("banks that escape twice mean the text once").contains("TPAY <DEF>");
        }

        @Test
        void readsCdataAsText() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>AUD", """
                    <STMTTRN><DTPOSTED>20131215<TRNAMT>-16.85<NAME><![CDATA[EFTPOS <ALDI>  ]]></NAME></STMTTRN>
                    """)));

            assertThat(onlyTransaction(file).counterparty()).contains("EFTPOS <ALDI>");
        }

        @Test
        void countsBareCarriageReturnsAsLineBreaks() {
            String text = "<OFX>\r<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\r\n<BANKTRANLIST>\r"
                    + "<STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00</STMTTRN>\r</BANKTRANLIST></STMTRS></STMTTRNRS>"
                    + "</BANKMSGSRSV1></OFX>";

            assertThat(onlyTransaction(parse(text)).line()).isEqualTo(4);
        }

        @Test
        void findsTheClosingBalanceWhenTheBankLeftTheTransactionListUnclosed() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD",
                    "<STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00</STMTTRN>").replace("</BANKTRANLIST>", "")));

            assertThat(file.statements().get(0).closing()).hasValueSatisfying(
                    closing -> assertThat(closing.amount()).isEqualTo(Money.parse("1500.25", "USD")));
            assertThat(file.transactionCount()).isEqualTo(1);
        }

        @Test
        void refusesAFileWithMoreElementsThanAnyRealStatement() {
            String flood = "<OFX>" + "<X>".repeat(SgmlReader.MAX_ELEMENTS + 1);

            assertThatThrownBy(() -> parse(flood)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("more than " + SgmlReader.MAX_ELEMENTS + " elements");
        }

        @Test
        void refusesMarkupNestedBeyondAnyRealOfxMessage() {
            String deep = "<OFX>" + IntStream.rangeClosed(0, SgmlReader.MAX_DEPTH).mapToObj(i -> "<E" + i + ">")
                    .collect(Collectors.joining()) + "</OFX>";

            assertThatThrownBy(() -> parse(deep)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("nest deeper than");
        }
    }

    @Nested
    class Xml {

        private static final String XML_HEADER = """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
                """;

        private static final String CARD_STATEMENT = """
                <OFX>
                  <CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>0</TRNUID>
                    <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
                    <CCSTMTRS>
                      <CURDEF>CAD</CURDEF>
                      <CCACCTFROM><ACCTID>4500123412341234</ACCTID></CCACCTFROM>
                      <BANKTRANLIST>
                        <STMTTRN>
                          <TRNTYPE>DEBIT</TRNTYPE>
                          <DTPOSTED>20221019</DTPOSTED>
                          <TRNAMT>250.00</TRNAMT>
                          <FITID>pay-1</FITID>
                          <NAME>PAYMENT THANK YOU</NAME>
                        </STMTTRN>
                        <STMTTRN>
                          <TRNTYPE>CREDIT</TRNTYPE>
                          <DTPOSTED>20221020</DTPOSTED>
                          <TRNAMT>-35.10</TRNAMT>
                          <FITID>buy-1</FITID>
                          <PAYEE><NAME>GROCER</NAME><ADDR1>1 MAIN ST</ADDR1></PAYEE>
                          <MEMO>GROCER #12 VANCOUVER</MEMO>
                        </STMTTRN>
                      </BANKTRANLIST>
                      <LEDGERBAL><BALAMT>-1234.56</BALAMT><DTASOF>20221031</DTASOF></LEDGERBAL>
                    </CCSTMTRS>
                  </CCSTMTTRNRS></CREDITCARDMSGSRSV1>
                </OFX>
                """;

        @Test
        void readsACreditCardStatementTrustingTheSignOfTheAmountNotTheTransactionType() {
            ParsedFile file = parse(XML_HEADER + CARD_STATEMENT);

            ParsedStatement statement = file.statements().get(0);
            assertThat(statement.account().identifier()).contains("4500123412341234");
            assertThat(statement.account().type()).contains("CREDITCARD");
            assertThat(statement.currency()).contains(Currency.getInstance("CAD"));
            assertThat(statement.closing()).hasValueSatisfying(closing -> {
                assertThat(closing.amount()).isEqualTo(Money.parse("-1234.56", "CAD"));
                assertThat(closing.date()).isEqualTo(LocalDate.of(2022, 10, 31));
            });
            assertThat(statement.transactions()).extracting(ParsedTransaction::amount)
                    .containsExactly(Money.parse("250.00", "CAD"), Money.parse("-35.10", "CAD"));
            ParsedTransaction purchase = statement.transactions().get(1);
            assertThat(purchase.counterparty()).contains("GROCER");
            assertThat(purchase.rawDescriptor()).as("the memo repeats the name in full").isEqualTo("GROCER #12 VANCOUVER");
            assertThat(purchase.line()).isEqualTo(17);
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void readsAFileThatIsNotWellFormedLenientlyAndSaysSo() {
            String broken = CARD_STATEMENT.replace("<SEVERITY>INFO</SEVERITY>", "<SEVERITY>INFO");

            ParsedFile file = parse(XML_HEADER + broken);

            assertThat(file.transactionCount()).isEqualTo(2);
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("not well-formed XML"));
        }

        @Test
        void neverResolvesExternalEntities() {
            String attack = """
                    <?xml version="1.0"?>
                    <!DOCTYPE OFX [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                    <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF><BANKTRANLIST>
                    <STMTTRN><DTPOSTED>20221019</DTPOSTED><TRNAMT>-1.00</TRNAMT><NAME>&secret;</NAME></STMTTRN>
                    </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
                    """;

            ParsedFile file = parse(attack);

            assertThat(onlyTransaction(file).rawDescriptor()).isEqualTo("&secret;");
        }

        @Test
        void doesNotExpandNestedEntityDeclarations() {
            String laughs = """
                    <?xml version="1.0"?>
                    <!DOCTYPE OFX [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                    <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                    <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF><BANKTRANLIST>
                    <STMTTRN><DTPOSTED>20221019</DTPOSTED><TRNAMT>-1.00</TRNAMT><NAME>&d;</NAME></STMTTRN>
                    </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
                    """;

            assertThat(onlyTransaction(parse(laughs)).rawDescriptor()).isEqualTo("&d;");
        }
    }

    @Nested
    class Statements {

        @Test
        void readsEveryStatementOfAFileInOrder() {
            String card = "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4111"
                    + "</CCACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20221003<TRNAMT>-9.99<NAME>STREAMING"
                    + "</STMTTRN></BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1>\n";
            String savings = bankStatement("<CURDEF>USD", "<STMTTRN><DTPOSTED>20221004<TRNAMT>0.42<NAME>INTEREST</STMTTRN>")
                    .replace("0001234", "0009999").replace("CHECKING", "SAVINGS");

            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", "") + card + savings));

            assertThat(file.statements()).extracting(s -> s.account().identifier().orElseThrow())
                    .containsExactly("0001234", "4111", "0009999");
            assertThat(file.statements()).extracting(s -> s.account().type().orElseThrow())
                    .containsExactly("CHECKING", "CREDITCARD", "SAVINGS");
            assertThat(file.statements().get(0).account().bankId()).contains("123456789");
            assertThat(file.transactionCount()).isEqualTo(2);
        }

        @Test
        void gathersTransactionsFromEveryTransactionListOfAStatement() {
            String lists = "<STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00</STMTTRN></BANKTRANLIST>"
                    + "<BANKTRANLIST><STMTTRN><DTPOSTED>20221003<TRNAMT>-2.00</STMTTRN>";

            assertThat(parse(sgml(bankStatement("<CURDEF>USD", lists))).transactionCount()).isEqualTo(2);
        }

        @Test
        void readsTheCalendarDateAsWrittenWhateverTheZone() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD",
                    "<STMTTRN><DTPOSTED>20221019230000.000[-5:EST]<TRNAMT>-1.00</STMTTRN>")));

            assertThat(onlyTransaction(file).bookingDate()).isEqualTo(LocalDate.of(2022, 10, 19));
        }

        @Test
        void keepsTheAvailabilityDateAsValueDateWhenItDiffers() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD",
                    "<STMTTRN><DTPOSTED>20221019<DTAVAIL>20221021<TRNAMT>5.00</STMTTRN>")));

            assertThat(onlyTransaction(file).valueDate()).contains(LocalDate.of(2022, 10, 21));
        }

        @Test
        void readsAmountsWithADecimalCommaAsTheSpecificationAllows() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>EUR",
                    "<STMTTRN><DTPOSTED>20221019<TRNAMT>-200,29</STMTTRN>")));

            assertThat(onlyTransaction(file).amount()).isEqualTo(Money.parse("-200.29", "EUR"));
        }

        @Test
        void quarantinesABadRowWithItsLineAndFieldAndReadsTheRest() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", """
                    <STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00<FITID>good-1</STMTTRN>
                    <STMTTRN><DTPOSTED>20220231<TRNAMT>-2.00<FITID>bad-date</STMTTRN>
                    <STMTTRN><DTPOSTED>20221004<TRNAMT>$20<FITID>bad-amount</STMTTRN>
                    <STMTTRN><TRNAMT>-4.00<FITID>no-date</STMTTRN>
                    <STMTTRN><DTPOSTED>20221005<TRNAMT>-5.00<FITID>good-2</STMTTRN>
                    """)));

            assertThat(file.statements().get(0).transactions()).extracting(t -> t.externalId().orElseThrow())
                    .containsExactly("good-1", "good-2");
            assertThat(file.quarantined()).extracting(q -> q.line() + " " + q.field())
                    .containsExactly("18 date", "19 amount", "20 date");
            assertThat(file.quarantined().get(0).reason()).contains("DTPOSTED", "20220231");
            assertThat(file.quarantined().get(1).reason()).contains("TRNAMT", "$20");
            assertThat(file.quarantined().get(1).text()).contains("<FITID>bad-amount");
        }

        @Test
        void quarantinesAnAmountWithMoreDecimalsThanTheCurrencyHas() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD",
                    "<STMTTRN><DTPOSTED>20221002<TRNAMT>115.8331</STMTTRN>")));

            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.field()).isEqualTo("amount");
                assertThat(q.reason()).contains("115.8331", "decimal places");
            });
        }

        @Test
        void ignoresAnUnreadableClosingBalanceWithAWarning() {
            String statement = bankStatement("<CURDEF>BRL", "").replace("1500.25", "R$ 5.326,43");

            ParsedFile file = parse(sgml(statement));

            assertThat(file.statements().get(0).closing()).isEmpty();
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("LEDGERBAL", "R$ 5.326,43"));
        }

        @Test
        void usesTheCurrencyTheRowsStateWhenTheStatementStatesNone() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>", """
                    <STMTTRN><DTPOSTED>20180507<TRNAMT>12.34<CURRENCY><CURRATE>1.0<CURSYM>AUD</CURRENCY></STMTTRN>
                    """)));

            assertThat(onlyTransaction(file).amount()).isEqualTo(Money.parse("12.34", "AUD"));
            assertThat(file.statements().get(0).currency()).isEmpty();
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("CURDEF", "AUD"));
        }

        @Test
        void usesTheAccountCurrencyWhenNeitherStatementNorRowsStateOne() {
            byte[] bytes = sgml(bankStatement("", "<STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00</STMTTRN>"))
                    .getBytes(StandardCharsets.US_ASCII);

            ParsedFile file = parser.parse(bytes, ParseContext.of("x.ofx").withDefaultCurrency(Currency.getInstance("GBP")));

            assertThat(onlyTransaction(file).amount()).isEqualTo(Money.parse("-1.00", "GBP"));
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("GBP"));
        }

        @Test
        void refusesAStatementWhoseCurrencyNobodyStates() {
            String text = sgml(bankStatement("", "<STMTTRN><DTPOSTED>20221002<TRNAMT>-1.00</STMTTRN>"));

            assertThatThrownBy(() -> parse(text)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("test.ofx:").hasMessageContaining("no currency");
        }

        @Test
        void returnsTheAccountsOfAnAccountListWithoutTransactions() {
            ParsedFile file = parse(sgml("""
                    <SIGNUPMSGSRSV1><ACCTINFOTRNRS><ACCTINFORS><DTACCTUP>20221001
                    <ACCTINFO><DESC>EVERYDAY<BANKACCTINFO><BANKACCTFROM><BANKID>9<ACCTID>11<ACCTTYPE>CHECKING
                    </BANKACCTFROM><SUPTXDL>Y<XFERSRC>Y<XFERDEST>Y<SVCSTATUS>ACTIVE</BANKACCTINFO></ACCTINFO>
                    <ACCTINFO><DESC>VISA<CCACCTINFO><CCACCTFROM><ACCTID>4111</CCACCTFROM></CCACCTINFO></ACCTINFO>
                    </ACCTINFORS></ACCTINFOTRNRS></SIGNUPMSGSRSV1>
                    """));

            assertThat(file.statements()).extracting(s -> s.account().name().orElseThrow() + "/"
                    + s.account().identifier().orElseThrow() + "/" + s.account().type().orElseThrow())
                    .containsExactly("EVERYDAY/11/CHECKING", "VISA/4111/CREDITCARD");
            assertThat(file.transactionCount()).isZero();
            assertThat(file.warnings()).isNotEmpty();
        }

        @Test
        void returnsNothingWithAWarningForASignOnOnlyResponse() {
            ParsedFile file = parse(sgml(""));

            assertThat(file.statements()).isEmpty();
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("no bank or credit-card statement"));
        }
    }

    @Nested
    class Corrections {

        private static final String ORIGINAL = """
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20221005<TRNAMT>-15.99<FITID>A1<NAME>NETFLIX.COM</STMTTRN>
                """;

        @Test
        void aReplaceRowIsARowNamingTheRowItReplaces() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", ORIGINAL + """
                    <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20221006<TRNAMT>-17.99<FITID>A2
                    <CORRECTFITID>A1<CORRECTACTION>REPLACE<NAME>NETFLIX.COM</STMTTRN>
                    """)));

            List<ParsedTransaction> rows = file.statements().get(0).transactions();
            assertThat(rows).extracting(ParsedTransaction::replaces).containsExactly(Optional.empty(), Optional.of("A1"));
            assertThat(rows.get(1).externalId()).contains("A2");
            assertThat(rows.get(1).amount()).isEqualTo(Money.parse("-17.99", "USD"));
            assertThat(file.statements().get(0).withdrawn()).isEmpty();
        }

        @Test
        void aDeleteRowIsAWithdrawalOfTheRowItNamesAndNoRow() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", ORIGINAL + """
                    <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20221007<TRNAMT>-15.99<FITID>A3
                    <CORRECTFITID>A1<CORRECTACTION>DELETE</STMTTRN>
                    """)));

            ParsedStatement statement = file.statements().get(0);
            assertThat(statement.transactions()).extracting(ParsedTransaction::externalId)
                    .containsExactly(Optional.of("A1"));
            assertThat(statement.withdrawn()).singleElement().satisfies(w -> {
                assertThat(w.externalId()).isEqualTo("A1");
                assertThat(w.line()).isGreaterThan(statement.transactions().get(0).line());
            });
            assertThat(file.quarantined()).isEmpty();
        }

        @Test
        void aCorrectionWithoutAKnownActionIsQuarantinedNotGuessed() {
            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", """
                    <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20221007<TRNAMT>-15.99<FITID>A3<CORRECTFITID>A1</STMTTRN>
                    """)));

            assertThat(file.statements().get(0).transactions()).isEmpty();
            assertThat(file.statements().get(0).withdrawn()).isEmpty();
            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.field()).isEqualTo("CORRECTACTION");
                assertThat(q.reason()).contains("A1").contains("REPLACE or DELETE");
            });
        }
    }

    @Nested
    class Rejections {

        @Test
        void refusesASignOnErrorWithTheBanksMessage() {
            String text = SGML_HEADER + """
                    <OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR
                    <MESSAGE>Invalid user or password</STATUS><DTSERVER>20221020</SONRS></SIGNONMSGSRSV1></OFX>
                    """;

            assertThatThrownBy(() -> parse(text)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("sign-on").hasMessageContaining("15500")
                    .hasMessageContaining("Invalid user or password")
                    .satisfies(e -> assertThat(((StatementParseException) e).line()).isEqualTo(11));
        }

        @Test
        void refusesAStatementRequestError() {
            String text = sgml("<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>2000<SEVERITY>ERROR"
                    + "<MESSAGE>General Server Error</STATUS></STMTTRNRS></BANKMSGSRSV1>");

            assertThatThrownBy(() -> parse(text)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("STMTTRNRS").hasMessageContaining("General Server Error");
        }

        @Test
        void refusesAnErrorCodeThatStatesNoSeverity() {
            String text = sgml("<BANKMSGSRSV1><STMTTRNRS><STATUS><CODE>2003</STATUS></STMTTRNRS></BANKMSGSRSV1>");

            assertThatThrownBy(() -> parse(text)).isInstanceOf(StatementParseException.class).hasMessageContaining("2003");
        }

        @Test
        void importsTheOtherAccountsWhenOneStatementRequestFailed() {
            String failed = "<BANKMSGSRSV1><STMTTRNRS><TRNUID>2<STATUS><CODE>2003<SEVERITY>ERROR"
                    + "<MESSAGE>Account not found</STATUS></STMTTRNRS></BANKMSGSRSV1>\n";

            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD",
                    "<STMTTRN><DTPOSTED>20221004<TRNAMT>-4.00<NAME>COFFEE</STMTTRN>") + failed));

            assertThat(file.statements()).hasSize(1);
            assertThat(file.transactionCount()).isEqualTo(1);
            assertThat(file.warnings()).anyMatch(w -> w.contains("2003") && w.contains("Account not found")
                    && w.startsWith("Line 20:"));
        }

        @Test
        void keepsReadingAfterAWarningStatusAndSaysSo() {
            String text = sgml(bankStatement("<CURDEF>USD", "").replace("<CODE>0<SEVERITY>INFO</STATUS>\n<STMTRS>",
                    "<CODE>1<SEVERITY>WARN<MESSAGE>Partial data</STATUS>\n<STMTRS>"));

            ParsedFile file = parse(text);

            assertThat(file.statements()).hasSize(1);
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("Partial data"));
        }

        @Test
        void refusesAFileOfInvestmentStatementsClearly() {
            String text = sgml("""
                    <INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><DTASOF>20221031<CURDEF>USD
                    <INVACCTFROM><BROKERID>fidelity.com<ACCTID>X1</INVACCTFROM>
                    <INVTRANLIST><INVBANKTRAN><STMTTRN><DTPOSTED>20221002<TRNAMT>-1500.00</STMTTRN>
                    <SUBACCTFUND>CASH</INVBANKTRAN></INVTRANLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>
                    """);

            assertThatThrownBy(() -> parse(text)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("investment statements are not supported");
        }

        @Test
        void quarantinesAnInvestmentStatementBesideABankOne() {
            String investment = "<INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><CURDEF>USD</INVSTMTRS>"
                    + "</INVSTMTTRNRS></INVSTMTMSGSRSV1>";

            ParsedFile file = parse(sgml(bankStatement("<CURDEF>USD", "") + investment));

            assertThat(file.statements()).hasSize(1);
            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.reason()).contains("investment statements are not supported");
                assertThat(q.text()).startsWith("<INVSTMTRS>");
            });
        }

        @Test
        void refusesTextThatIsNotOfx() {
            assertThatThrownBy(() -> parse("Date,Amount\n2022-10-01,-3.00\n"))
                    .isInstanceOf(StatementParseException.class).hasMessageContaining("not an OFX file");
            assertThatThrownBy(() -> parse("<html><body>Login</body></html>"))
                    .isInstanceOf(StatementParseException.class).hasMessageContaining("not an OFX file");
        }

        @Test
        void refusesAnEmptyFile() {
            assertThatThrownBy(() -> parse(new byte[0])).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Nested
    class Charsets {

        private byte[] withName(String header, byte[] name, Charset bodyCharset) {
            String[] around = (header + "<OFX>" + bankStatement("<CURDEF>EUR",
                    "<STMTTRN><DTPOSTED>20221019<TRNAMT>-20.00<NAME>@</STMTTRN>") + "</OFX>").split("@");
            byte[] head = around[0].getBytes(bodyCharset);
            byte[] tail = around[1].getBytes(bodyCharset);
            byte[] all = new byte[head.length + name.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(name, 0, all, head.length, name.length);
            System.arraycopy(tail, 0, all, head.length + name.length, tail.length);
            return all;
        }

        private String name(byte[] file) {
            return onlyTransaction(parse(file)).counterparty().orElseThrow();
        }

        @Test
        void readsWindows1252AsDeclared() {
            byte[] cafe = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, 'u', 'r', 'o', ' ', (byte) 0x97};

            assertThat(name(withName(SGML_HEADER, cafe, StandardCharsets.US_ASCII))).isEqualTo("Café €uro —");
        }

        @Test
        void readsLatin1AsDeclared() {
            byte[] pre = {'p', 'r', (byte) 0xE9, 'p', 'a', 'y', (byte) 0xE9, 'e'};
            String header = SGML_HEADER.replace("CHARSET:1252", "CHARSET:8859-1");

            assertThat(name(withName(header, pre, StandardCharsets.US_ASCII))).isEqualTo("prépayée");
        }

        @Test
        void readsUtf8DeclaredByTheEncodingHeader() {
            String header = SGML_HEADER.replace("ENCODING:USASCII", "ENCODING:UTF-8")
                    .replace("CHARSET:1252", "CHARSET:NONE");

            assertThat(name(withName(header, "Café €uro".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
                    .isEqualTo("Café €uro");
        }

        @Test
        void believesTheBytesWhenAFileDeclares1252ButHoldsUtf8() {
            byte[] file = withName(SGML_HEADER, "Zürich".getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);

            ParsedFile parsed = parse(file);

            assertThat(onlyTransaction(parsed).counterparty()).contains("Zürich");
            assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w).contains("UTF-8"));
        }

        @Test
        void readsWindows1252WhenAFileDeclaresUtf8ButIsNot() {
            String header = SGML_HEADER.replace("ENCODING:USASCII", "ENCODING:UTF-8");
            byte[] file = withName(header, new byte[] {'Z', (byte) 0xFC, 'r', 'i', 'c', 'h'}, StandardCharsets.US_ASCII);

            ParsedFile parsed = parse(file);

            assertThat(onlyTransaction(parsed).counterparty()).contains("Zürich");
            assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w).contains("not valid UTF-8"));
        }

        @Test
        void readsTheEncodingOfAnXmlDeclaration() {
            String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<OFX>" + bankStatement("<CURDEF>EUR",
                    "<STMTTRN><DTPOSTED>20221019<TRNAMT>-20.00<NAME>Caf\u00e9 \u20ac</NAME></STMTTRN>") + "</OFX>";

            ParsedFile file = parse(xml.getBytes(Charset.forName("ISO-8859-15")));

            assertThat(onlyTransaction(file).counterparty()).contains("Café €");
        }

        @Test
        void usesTheCharsetTheCallerForces() {
            Charset latin2 = Charset.forName("ISO-8859-2");
            byte[] file = withName(SGML_HEADER, "Łódź".getBytes(latin2), StandardCharsets.US_ASCII);
            ParseContext forced = new ParseContext("x.ofx", Optional.empty(), Optional.of(Charset.forName("ISO-8859-2")),
                    Map.of());

            assertThat(onlyTransaction(parser.parse(file, forced)).counterparty()).contains("Łódź");
        }
    }

    @Nested
    class Recognition {

        @Test
        void isCertainOfAnOfxHeaderAndOfAnOfx2ProcessingInstruction() {
            assertThat(parser.recognize(SGML_HEADER.getBytes(StandardCharsets.US_ASCII), "download.txt")).isEqualTo(100);
            byte[] xml = "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\"?>".getBytes(StandardCharsets.US_ASCII);
            assertThat(parser.recognize(xml, "x")).isEqualTo(100);
        }

        @Test
        void isFairlySureOfAHeaderlessBody() {
            assertThat(parser.recognize("\n<OFX>\n<SIGNONMSGSRSV1>".getBytes(StandardCharsets.US_ASCII), "a.qfx"))
                    .isBetween(80, 99);
        }

        @Test
        void doubtsOtherContentAndNeverThrows() {
            assertThat(parser.recognize("!Type:Bank\nD1/1/10".getBytes(StandardCharsets.US_ASCII), "a.qif")).isZero();
            assertThat(parser.recognize("Date,Amount".getBytes(StandardCharsets.US_ASCII), "a.ofx")).isLessThan(50);
            assertThat(parser.recognize(null, null)).isZero();
            assertThat(parser.recognize(new byte[0], "")).isZero();
        }
    }

    @Test
    void isFoundThroughTheServiceLoaderUnderTheOfxFormat() {
        List<StatementParser> parsers = ServiceLoader.load(StatementParser.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(parsers).filteredOn(p -> p.format().equals(ImportFormat.OFX))
                .singleElement().isInstanceOf(OfxStatementParser.class);
    }
}
