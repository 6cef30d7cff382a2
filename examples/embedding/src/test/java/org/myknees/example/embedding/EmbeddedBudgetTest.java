package org.myknees.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmbeddedBudgetTest {

    @Test
    void the_documented_program_prints_the_january_buckets() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EmbeddedBudget.run(Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "2026-01 FOOD_AND_DRINK_COFFEE -4.50 USD (1 rows)",
                "2026-01 (uncategorized) 3194.75 USD (2 rows)");
    }

    @Test
    void the_example_needs_nothing_but_the_three_embeddable_jars() {
        String classpath = System.getProperty("java.class.path");

        assertThat(classpath).doesNotContain("hibernate", "postgresql", "jakarta", "bootstrap");
    }
}
