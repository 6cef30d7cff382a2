package org.myknees.adapter.bankformat.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * The port's contract for arbitrary bytes: {@code recognize} answers 0–100 without throwing, and {@code parse}
 * returns a {@link ParsedFile} or throws {@link StatementParseException} naming the file; any other exception
 * escapes to fail the calling test.
 */
public final class ParserContract {

    private static final String FILE_NAME = "fuzzed.bin";

    private ParserContract() {
    }

    public static void assertParsesOrRejects(StatementParser parser, byte[] content) {
        assertThat(parser.recognize(content, FILE_NAME)).isBetween(0, 100);
        try {
            ParsedFile file = parser.parse(content, ParseContext.of(FILE_NAME));
            assertThat(file.quarantined()).allSatisfy(row -> assertThat(row.reason()).isNotBlank());
        } catch (StatementParseException rejected) {
            assertThat(rejected.getMessage()).startsWith(FILE_NAME).hasSizeGreaterThan(FILE_NAME.length() + 2);
        }
    }
}
