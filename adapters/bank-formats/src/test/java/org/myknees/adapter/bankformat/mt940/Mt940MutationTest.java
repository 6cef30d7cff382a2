package org.myknees.adapter.bankformat.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.fuzzing.Mutator;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;
import org.myknees.application.importing.port.out.StatementParser;

/** Thousands of deterministic mutations of the samples: each parses or is rejected, nothing else. */
class Mt940MutationTest {

    private static final int MUTATIONS_PER_SAMPLE = 1_500;

    @Test
    void everyMutatedSampleParsesOrIsRejectedCleanly() {
        Mutator mutator = new Mutator(940_942L);
        int runs = 0;
        for (StatementParser parser : List.of(new Mt940Parser(), new Mt942Parser())) {
            for (byte[] sample : Mt940Samples.all()) {
                ParserContract.assertParsesOrRejects(parser, sample);
                for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                    ParserContract.assertParsesOrRejects(parser, mutator.mutate(sample));
                    runs++;
                }
            }
        }
        assertThat(runs).isEqualTo(2 * 3 * MUTATIONS_PER_SAMPLE);
    }
}
