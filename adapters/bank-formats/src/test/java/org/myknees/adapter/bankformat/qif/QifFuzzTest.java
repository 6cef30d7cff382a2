package org.myknees.adapter.bankformat.qif;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Jazzer fuzz test of the port contract: any bytes give a ParsedFile or a StatementParseException, nothing
 * else. A plain build replays the seeds in {@code QifFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class QifFuzzTest {

    private final QifStatementParser parser = new QifStatementParser();

    @FuzzTest(maxDuration = "60s")
    void parsesOrRefusesAnyBytes(byte[] data) {
        assertThat(parser.recognize(data, "fuzz.qif")).isBetween(0, 100);
        try {
            ParsedFile file = parser.parse(data, ParseContext.of("fuzz.qif"));
            assertThat(file.transactionCount()).isGreaterThanOrEqualTo(0);
        } catch (StatementParseException refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.qif");
        }
    }
}
