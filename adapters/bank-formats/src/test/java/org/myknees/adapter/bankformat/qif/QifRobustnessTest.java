package org.myknees.adapter.bankformat.qif;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;
import org.myknees.adapter.bankformat.Corpus;

/**
 * The port contract under a few thousand deterministic mutants of the fuzz seeds and (when present) the
 * corpus: every one gives a ParsedFile or a StatementParseException. Runs in every build, unlike fuzzing.
 */
class QifRobustnessTest {

    private static final long SEED = 0x0F1F_2024L;
    private static final int MUTANTS = 3000;

    private final QifStatementParser parser = new QifStatementParser();

    @Test
    void everyMutantOfTheSamplesParsesOrIsRefused() throws URISyntaxException {
        Path seeds = Path.of(QifFuzzTest.class.getResource("QifFuzzTestInputs/parsesOrRefusesAnyBytes").toURI());
        List<byte[]> samples = ParserContract.samplesIn(List.of(seeds,
                Corpus.root().map(root -> root.resolve("qif")).orElse(seeds)));
        ParserContract.Tally outcome = ParserContract.holdsForMutations(parser, samples,
                Math.max(1, MUTANTS / samples.size()), SEED);

        assertThat(outcome.checked()).as("inputs checked").isGreaterThanOrEqualTo(MUTANTS);
        assertThat(outcome.parsed()).as("mutants that still parse").isPositive();
        assertThat(outcome.refused()).as("mutants that are refused").isPositive();
    }
}
