package org.myknees.adapter.bankformat.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedOrder;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

class ScrapedKneesOrderParserTest {

    private static final String ORDER = """
            {"retailer": "Amazon", "orderNumber": "112-1635210-7125801", "orderDate": "2024-03-02",
             "subtotal": "24.98", "tax": "2.06", "shipping": "0.00", "total": "27.04", "currency": "USD",
             "sourceUrl": "https://www.amazon.com/gp/your-account/order-details?orderID=112-1635210-7125801",
             "items": [
               {"description": "Paper towels", "quantity": 2, "unitPrice": "9.99", "total": "19.98", "sku": "B001"},
               {"description": "Sponge", "quantity": "1", "unitPrice": "5.00"}
             ]}
            """;

    private final ScrapedKneesOrderParser parser = new ScrapedKneesOrderParser();

    private ParsedFile parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), ParseContext.of("orders.json"));
    }

    @Test
    void anOrderWithItemsIsRead() {
        ParsedFile file = parse(ORDER);

        assertThat(file.statements()).isEmpty();
        assertThat(file.warnings()).isEmpty();
        ParsedOrder order = file.orders().get(0);
        assertThat(order.retailer()).isEqualTo("Amazon");
        assertThat(order.orderDate()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(order.total()).isEqualTo(Money.parse("27.04", "USD"));
        assertThat(order.sourceUrl()).hasValueSatisfying(u -> assertThat(u).contains("orderID"));
        assertThat(order.items()).hasSize(2);
        assertThat(order.items().get(0).sku()).contains("B001");
        assertThat(order.items().get(1).total()).isEqualTo(Money.parse("5.00", "USD"));
        assertThat(order.line()).isEqualTo(1);
    }

    @Test
    void anArrayOrAnOrdersWrapperHoldsSeveralOrders() {
        assertThat(parse("[" + ORDER + "," + ORDER.replace("112-1635210-7125801", "222") + "]").orders()).hasSize(2);
        assertThat(parse("{\"orders\": [" + ORDER + "]}").orders()).hasSize(1);
    }

    @Test
    void anOrderThatDoesNotReconcileImportsWithAWarning() {
        ParsedFile file = parse(ORDER.replace("\"total\": \"27.04\"", "\"total\": \"30.00\""));

        assertThat(file.orders()).hasSize(1);
        assertThat(file.warnings()).singleElement().asString()
                .contains("112-1635210-7125801").contains("27.04").contains("30.00");
    }

    @Test
    void itemTotalsThatDisagreeWithQuantityTimesPriceAreWarned() {
        ParsedFile file = parse(ORDER.replace("\"total\": \"19.98\"", "\"total\": \"19.99\"").replace("27.04", "27.05")
                .replace("24.98", "24.99"));

        assertThat(file.warnings()).singleElement().asString().contains("Paper towels");
    }

    @Test
    void malformedOrdersAreQuarantinedWithLineAndFieldAndTheRestImports() {
        ParsedFile file = parse("[\n" + ORDER + ",\n"
                + "{\"retailer\": \"Costco\", \"orderDate\": \"2024-03-02\", \"total\": \"1.00\", \"currency\": \"USD\"},\n"
                + "{\"retailer\": \"Costco\", \"orderNumber\": \"9\", \"orderDate\": \"2024-03-02\", \"total\": \"1.001\", \"currency\": \"USD\"},\n"
                + "{\"retailer\": \"Costco\", \"orderNumber\": \"10\", \"orderDate\": \"2024-03-02\", \"total\": \"1\", \"currency\": \"USD\","
                + " \"items\": [{\"description\": \"Half\", \"quantity\": 1.5, \"total\": \"1\"}]},\n"
                + ORDER + "\n]");

        assertThat(file.orders()).hasSize(1);
        assertThat(file.quarantined()).extracting(q -> q.field())
                .containsExactly("orderNumber", "total", "items[0].quantity", "orderNumber");
        assertThat(file.quarantined().get(0).line()).isEqualTo(10);
        assertThat(file.quarantined().get(3).reason()).contains("appears again");
    }

    @Test
    void aMissingCurrencyFallsBackToTheAccountCurrency() {
        ParsedFile file = parser.parse(ORDER.replace("\"currency\": \"USD\",", "").getBytes(StandardCharsets.UTF_8),
                ParseContext.of("o.json").withDefaultCurrency(Currency.getInstance("CAD")));

        assertThat(file.orders().get(0).total().currency().getCurrencyCode()).isEqualTo("CAD");
    }

    @Test
    void otherJsonIsRejected() {
        assertThatThrownBy(() -> parse("{\"transactions\": []}")).isInstanceOf(StatementParseException.class)
                .hasMessageContaining("ScrapedKnees");
    }

    @Test
    void recognizesOrders() {
        assertThat(parser.recognize(ORDER.getBytes(StandardCharsets.UTF_8), "o.json")).isGreaterThanOrEqualTo(90);
        assertThat(parser.recognize("{\"transactions\":{}}".getBytes(StandardCharsets.UTF_8), "o.json")).isZero();
    }
}
