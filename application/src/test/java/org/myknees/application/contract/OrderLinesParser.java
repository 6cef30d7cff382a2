package org.myknees.application.contract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedOrder;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/**
 * A tiny order format for testing the purchase branch of imports apart from ScrapedKnees JSON. The first line is
 * {@code #orders}; then one order per line: {@code retailer;number;date;total;currency[;description*quantity@unit
 * total[ CURRENCY]]...}; the subtotal is the sum of the items, tax and shipping are zero.
 */
final class OrderLinesParser implements StatementParser {

    @Override
    public ImportFormat format() {
        return new ImportFormat("test-orders");
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        return new String(head, StandardCharsets.UTF_8).startsWith("#orders") ? 100 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) {
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("#orders")) {
            throw new StatementParseException(context.fileName(), 1, "not an #orders file");
        }
        List<ParsedOrder> orders = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(";");
            List<ParsedOrder.Item> items = new ArrayList<>();
            Money subtotal = Money.zero(Money.currency(f[4]));
            for (int k = 5; k < f.length; k++) {
                String[] item = f[k].split("[*@ ]");
                String currency = item.length > 4 ? item[4] : f[4];
                Money unit = Money.parse(item[2], currency);
                Money total = Money.parse(item[3], currency);
                items.add(new ParsedOrder.Item(item[0], Long.parseLong(item[1]), unit, total, Optional.of("SKU-" + k)));
                subtotal = total.isSameCurrency(subtotal) ? subtotal.plus(total) : subtotal;
            }
            orders.add(new ParsedOrder(i + 1, f[0], f[1], LocalDate.parse(f[2]), subtotal,
                    Money.zero(subtotal.currency()), Money.zero(subtotal.currency()), Money.parse(f[3], f[4]),
                    Optional.of("https://shop.example/" + f[1]), items));
        }
        return new ParsedFile(List.of(), orders, List.of(), List.of());
    }
}
