package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.bootstrap.Backend;
import org.myknees.bootstrap.DataDirectory;

/** {@code import} of a ScrapedKnees order file stores purchases, deduplicates them and reverts them. */
class ImportOrdersCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDERS = """
            [{"retailer": "Amazon", "orderNumber": "112-1635210-7125801", "orderDate": "2024-03-02",
              "subtotal": "24.98", "tax": "2.06", "shipping": "0.00", "total": "27.04", "currency": "USD",
              "sourceUrl": "https://www.amazon.com/gp/your-account/order-details?orderID=112-1635210-7125801",
              "items": [
                {"description": "Paper towels", "quantity": 2, "unitPrice": "9.99", "total": "19.98", "sku": "B001"},
                {"description": "Sponge", "quantity": "1", "unitPrice": "5.00"}]},
             {"retailer": "Costco", "orderNumber": "C-77", "orderDate": "2024-03-05", "total": "12.00",
              "currency": "USD", "items": [{"description": "Eggs", "quantity": 3, "unitPrice": "4.00"}]}]
            """;

    @TempDir
    Path dataDir;

    private CliRun run(Backend backend, String... args) {
        return CliRun.of(MykneesCli.on(backend, Map.of(DataDirectory.ENVIRONMENT_VARIABLE, dataDir.toString()), CLOCK), args);
    }

    @Test
    void an_order_file_is_stored_as_purchases_once_and_a_revert_removes_them() throws Exception {
        Path orders = dataDir.resolve("orders.json");
        Files.writeString(orders, ORDERS);
        try (Backend backend = Backend.open(new DataDirectory(dataDir), Map.of(), CLOCK)) {
            CliRun first = run(backend, "import", orders.toString(), "--categorize", "rules");
            CliRun again = run(backend, "import", orders.toString(), "--categorize", "rules", "--json", "--explain");
            CliRun listed = run(backend, "purchases", "list", "--json");

            assertThat(first.code()).isZero();
            assertThat(first.out()).contains("orders.json (scrapedknees-orders): added 2, 0 duplicates, 0 quarantined");
            assertThat(first.err()).doesNotContain("\r");
            List<Map<String, Object>> report = JSON.readValue(again.out(), new TypeReference<>() { });
            assertThat(report).singleElement().satisfies(file -> {
                assertThat(file).containsEntry("added", 0).containsEntry("duplicates", 2)
                        .containsEntry("format", "scrapedknees-orders");
                assertThat(file.get("explanations").toString()).contains("112-1635210-7125801", "already stored");
            });
            List<Map<String, Object>> purchases = JSON.readValue(listed.out(), new TypeReference<>() { });
            assertThat(purchases).extracting(p -> p.get("orderNumber")).containsExactly("C-77", "112-1635210-7125801");
            assertThat(purchases.get(1)).containsEntry("total", "27.04").containsEntry("tax", "2.06");
            assertThat(purchases.get(1).get("items").toString()).contains("Paper towels", "B001", "Sponge");

            String id = (String) purchases.get(1).get("id");
            CliRun shown = run(backend, "purchases", "show", id);
            assertThat(shown.out()).contains("Amazon order 112-1635210-7125801", "Paper towels", "27.04 USD");

            String batch = first.out().replaceAll("(?s).*\\(batch ([0-9a-f-]+)\\).*", "$1").strip();
            assertThat(run(backend, "import", "revert", batch).code()).isZero();
            assertThat(run(backend, "purchases", "list").out().lines()).hasSize(1);
            assertThat(run(backend, "import", orders.toString(), "--categorize", "rules").out())
                    .contains("added 2, 0 duplicates");
        }
    }
}
