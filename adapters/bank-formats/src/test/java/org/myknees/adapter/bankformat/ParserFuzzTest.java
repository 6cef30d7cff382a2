package org.myknees.adapter.bankformat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myknees.adapter.bankformat.aggregator.GoCardlessStatementParser;
import org.myknees.adapter.bankformat.aggregator.PlaidStatementParser;
import org.myknees.adapter.bankformat.aggregator.SimpleFinStatementParser;
import org.myknees.adapter.bankformat.csv.CsvStatementParser;
import org.myknees.adapter.bankformat.order.ScrapedKneesOrderParser;

/**
 * Coverage-guided fuzzing of each parser with Jazzer ({@code JAZZER_FUZZ=1} to fuzz; a normal build replays the
 * seeds under {@code ParserFuzzTestInputs}): any input gives a ParsedFile or a StatementParseException.
 */
class ParserFuzzTest {

    @FuzzTest
    void csv(byte[] input) {
        ParserContract.holdsFor(new CsvStatementParser(), input);
    }

    @FuzzTest
    void plaid(byte[] input) {
        ParserContract.holdsFor(new PlaidStatementParser(), input);
    }

    @FuzzTest
    void goCardless(byte[] input) {
        ParserContract.holdsFor(new GoCardlessStatementParser(), input);
    }

    @FuzzTest
    void simpleFin(byte[] input) {
        ParserContract.holdsFor(new SimpleFinStatementParser(), input);
    }

    @FuzzTest
    void scrapedKneesOrders(byte[] input) {
        ParserContract.holdsFor(new ScrapedKneesOrderParser(), input);
    }
}
