package org.myknees.adapter.bankformat.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;

/**
 * Any bytes give the order parser's ParsedFile or a StatementParseException: Jazzer fuzzing ({@code JAZZER_FUZZ=1};
 * a normal build replays the seeds under {@code OrderParserFuzzTestInputs}) and fixed-seed mutations of a sample.
 */
class OrderParserFuzzTest {

    private final ScrapedKneesOrderParser parser = new ScrapedKneesOrderParser();

    @FuzzTest
    void anyBytes(byte[] input) {
        ParserContract.assertParsesOrRejects(parser, input);
    }

    @Test
    void mutatedSamplesKeepTheContract() {
        byte[] sample = ("[{\"retailer\":\"Amazon\",\"orderNumber\":\"1\",\"orderDate\":\"2024-03-02\",\"subtotal\":\"19.98\","
                + "\"tax\":\"1.00\",\"shipping\":\"0\",\"total\":\"20.98\",\"currency\":\"USD\",\"items\":[{\"description\":"
                + "\"Towels\",\"quantity\":2,\"unitPrice\":\"9.99\",\"total\":\"19.98\",\"sku\":\"B1\"}]}]").getBytes(StandardCharsets.UTF_8);

        assertThat(ParserContract.holdsForMutations(parser, List.of(sample), 600, 7L).checked()).isEqualTo(601);
    }
}
