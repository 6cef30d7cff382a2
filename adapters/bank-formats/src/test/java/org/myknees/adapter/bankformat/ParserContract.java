package org.myknees.adapter.bankformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.myknees.adapter.bankformat.aggregator.GoCardlessStatementParser;
import org.myknees.adapter.bankformat.aggregator.PlaidStatementParser;
import org.myknees.adapter.bankformat.aggregator.SimpleFinStatementParser;
import org.myknees.adapter.bankformat.csv.CsvStatementParser;
import org.myknees.adapter.bankformat.order.ScrapedKneesOrderParser;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * The port's contract for any input bytes: {@code recognize} answers 0–100 and {@code parse} gives a
 * {@link ParsedFile} or throws {@link StatementParseException}; any other exception fails the caller's test.
 */
public final class ParserContract {

    /** Every parser of this area, each with a small sample in its format to mutate. */
    public static final List<StatementParser> PARSERS = List.of(new CsvStatementParser(), new PlaidStatementParser(),
            new GoCardlessStatementParser(), new SimpleFinStatementParser(), new ScrapedKneesOrderParser());

    private ParserContract() {
    }

    public static void holdsFor(StatementParser parser, byte[] input) {
        assertThat(parser.recognize(input, "input")).isBetween(0, 100);
        ParsedFile file;
        try {
            file = parser.parse(input, ParseContext.of("input"));
        } catch (StatementParseException rejected) {
            assertThat(rejected.getMessage()).startsWith("input");
            return;
        }
        assertThat(file.quarantined()).allSatisfy(q -> assertThat(q.line()).isNotNegative());
        file.statements().forEach(s -> s.transactions().forEach(t -> assertThat(t.line()).isNotNegative()));
    }
}
