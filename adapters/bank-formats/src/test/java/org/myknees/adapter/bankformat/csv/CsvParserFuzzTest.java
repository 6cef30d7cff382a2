package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;

/**
 * Any bytes give the CSV parser's ParsedFile or a StatementParseException: Jazzer fuzzing ({@code JAZZER_FUZZ=1};
 * a normal build replays the seeds under {@code CsvParserFuzzTestInputs}) and fixed-seed mutations of samples.
 */
class CsvParserFuzzTest {

    private final CsvStatementParser parser = new CsvStatementParser();

    @FuzzTest
    void anyBytes(byte[] input) {
        ParserContract.assertParsesOrRejects(parser, input);
    }

    @Test
    void mutatedSamplesKeepTheContract() {
        List<byte[]> samples = List.of(
                "Date,Description,Amount,Balance\n01/02/2024,\"Coffee, large\",\"(3.50)\",96.50\n01/03/2024,Salary,\"2,000.00\",2096.50\n"
                        .getBytes(StandardCharsets.UTF_8),
                "Buchungstag;Auftraggeber/Empfänger;Betrag;Währung\n10.10.2017;Müller;-1.098,76;EUR\n"
                        .getBytes(Charset.forName("windows-1252")),
                "Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit\n2015-12-31,2016-01-02,1234,Air,Travel,1000.00,\n"
                        .getBytes(StandardCharsets.UTF_8),
                "6/12/15,Transfer,Account Transfer,\"1,000.00\",debit,Checking,Savings\n".getBytes(StandardCharsets.UTF_8));

        assertThat(ParserContract.holdsForMutations(parser, samples, 400, 20_240_601L).checked()).isEqualTo(1604);
    }
}
