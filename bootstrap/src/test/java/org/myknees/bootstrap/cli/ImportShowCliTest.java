package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.bootstrap.Backend;
import org.myknees.bootstrap.DataDirectory;

/** {@code import show BATCH} gives a batch's facts and the rows it quarantined, long after the import. */
class ImportShowCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private CliRun run(Backend backend, String... args) {
        return CliRun.of(MykneesCli.on(backend, Map.of(DataDirectory.ENVIRONMENT_VARIABLE, dataDir.toString()), CLOCK), args);
    }

    @Test
    void a_shown_batch_lists_the_rows_it_quarantined_with_line_field_reason_and_text() throws Exception {
        Path csv = dataDir.resolve("card.csv");
        Files.writeString(csv, """
                Date,Description,Amount
                2025-03-04,CORNER COFFEE 0815,-3.75
                not a date,BROKEN ROW,-1.00
                2025-03-07,BOOKSHOP,-18.00
                """);
        try (Backend backend = Backend.open(new DataDirectory(dataDir), Map.of(), CLOCK)) {
            assertThat(run(backend, "accounts", "add", "CARD", "--currency", "USD").code()).isZero();
            CliRun imported = run(backend, "import", csv.toString(), "--account", "CARD", "--categorize", "rules",
                    "--json");
            assertThat(imported.code()).as(imported.err()).isZero();
            String batch = JSON.readTree(imported.out()).get(0).get("batch").asText();

            CliRun shown = run(backend, "import", "show", batch);
            CliRun json = run(backend, "import", "show", batch, "--json");

            assertThat(shown.code()).as(shown.err()).isZero();
            assertThat(shown.out()).contains("card.csv (csv)", "3 rows: 2 added, 0 duplicates, 1 quarantined",
                    "quarantined line 3 (date):", "not a date,BROKEN ROW,-1.00");
            JsonNode detail = JSON.readTree(json.out());
            assertThat(detail.get("batch").asText()).isEqualTo(batch);
            assertThat(detail.get("quarantined").asInt()).isEqualTo(1);
            JsonNode row = detail.get("quarantinedRows").get(0);
            assertThat(row.get("line").asInt()).isEqualTo(3);
            assertThat(row.get("field").asText()).isEqualTo("date");
            assertThat(row.get("reason").asText()).isNotBlank();
            assertThat(row.get("raw").asText()).contains("not a date,BROKEN ROW");
            assertThat(detail.get("quarantinedRows")).hasSize(1);

            CliRun unknown = run(backend, "import", "show", "00000000-0000-0000-0000-000000000000");
            assertThat(unknown.code()).isNotZero();
            assertThat(unknown.err()).contains("import batch");
        }
    }
}
