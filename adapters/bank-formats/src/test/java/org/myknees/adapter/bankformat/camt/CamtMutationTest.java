package org.myknees.adapter.bankformat.camt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.fuzzing.Mutator;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;
import org.myknees.application.importing.port.out.StatementParser;

/** Thousands of deterministic mutations of the samples: each parses or is rejected, nothing else. */
class CamtMutationTest {

    private static final int MUTATIONS_PER_SAMPLE = 1_000;

    @Test
    void everyMutatedSampleParsesOrIsRejectedCleanly() {
        Mutator mutator = new Mutator(20_022L);
        int runs = 0;
        for (StatementParser parser : List.of(new Camt052Parser(), new Camt053Parser(), new Camt054Parser())) {
            for (byte[] sample : CamtSamples.all()) {
                ParserContract.assertParsesOrRejects(parser, sample);
                for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                    ParserContract.assertParsesOrRejects(parser, mutator.mutate(sample));
                    runs++;
                }
            }
        }
        assertThat(runs).isEqualTo(3 * 3 * MUTATIONS_PER_SAMPLE);
    }
}
