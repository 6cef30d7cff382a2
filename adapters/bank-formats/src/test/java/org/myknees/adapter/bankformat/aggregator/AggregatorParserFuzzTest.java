package org.myknees.adapter.bankformat.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;

/**
 * Any bytes give each aggregator parser's ParsedFile or a StatementParseException: Jazzer fuzzing
 * ({@code JAZZER_FUZZ=1}; a normal build replays the seeds under {@code AggregatorParserFuzzTestInputs}) and
 * fixed-seed mutations of samples.
 */
class AggregatorParserFuzzTest {

    private static final byte[] PLAID = ("{\"accounts\":[{\"account_id\":\"a\",\"balances\":{\"iso_currency_code\":\"USD\"}}],"
            + "\"added\":[{\"account_id\":\"a\",\"amount\":72.1,\"iso_currency_code\":\"USD\",\"date\":\"2023-09-24\","
            + "\"authorized_date\":\"2023-09-22\",\"name\":\"WM\",\"pending\":false,\"transaction_id\":\"t\"}],"
            + "\"removed\":[{\"transaction_id\":\"r\"}],\"has_more\":false}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] GOCARDLESS = ("{\"transactions\":{\"booked\":[{\"transactionId\":\"t\",\"bookingDate\":\"2025-05-02\","
            + "\"transactionAmount\":{\"amount\":\"-8.43\",\"currency\":\"EUR\"},"
            + "\"remittanceInformationUnstructuredArray\":[\"CB\",\"Food\"]}],\"pending\":[]}}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIMPLEFIN = ("{\"errors\":[],\"accounts\":[{\"org\":{\"domain\":\"b.com\"},\"id\":\"1\","
            + "\"currency\":\"USD\",\"balance\":\"100.23\",\"balance-date\":978366153,\"transactions\":[{\"id\":\"x\","
            + "\"posted\":793090572,\"amount\":\"-33.43\",\"description\":\"Bait\",\"transacted_at\":793080572}]}]}")
            .getBytes(StandardCharsets.UTF_8);

    @FuzzTest
    void plaid(byte[] input) {
        ParserContract.assertParsesOrRejects(new PlaidStatementParser(), input);
    }

    @FuzzTest
    void goCardless(byte[] input) {
        ParserContract.assertParsesOrRejects(new GoCardlessStatementParser(), input);
    }

    @FuzzTest
    void simpleFin(byte[] input) {
        ParserContract.assertParsesOrRejects(new SimpleFinStatementParser(), input);
    }

    @Test
    void mutatedSamplesKeepTheContract() {
        List<byte[]> all = List.of(PLAID, GOCARDLESS, SIMPLEFIN);

        int checked = ParserContract.holdsForMutations(new PlaidStatementParser(), all, 200, 1L).checked()
                + ParserContract.holdsForMutations(new GoCardlessStatementParser(), all, 200, 2L).checked()
                + ParserContract.holdsForMutations(new SimpleFinStatementParser(), all, 200, 3L).checked();

        assertThat(checked).isEqualTo(3 * 3 * 201);
    }
}
