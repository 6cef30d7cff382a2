package org.myknees.bootstrap.cli;

import java.util.List;
import org.myknees.domain.money.Money;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code purchases list} and {@code purchases show ID}: the orders imported from order files. */
@Command(name = "purchases", description = "List the orders imported from order files (ScrapedKnees) and show one.",
        subcommands = {PurchasesCommand.ListPurchases.class, PurchasesCommand.Show.class})
final class PurchasesCommand {

    /** A purchase as the JSON output shows it; amounts as decimal strings in {@code currency}. */
    record PurchaseJson(String id, String batch, String retailer, String orderNumber, String orderDate,
                        String currency, String subtotal, String tax, String shipping, String total, String sourceUrl,
                        List<LineJson> items, List<String> discrepancies) {

        static PurchaseJson of(Purchase p) {
            List<LineJson> items = p.lines().stream().map(l -> new LineJson(l.description(), l.quantity(),
                    l.unitPrice().toDecimalString(), l.total().toDecimalString(), l.sku().orElse(null))).toList();
            return new PurchaseJson(p.id().toString(), p.importBatch().toString(), p.retailer(), p.orderNumber(),
                    p.orderDate().toString(), p.currency().getCurrencyCode(), p.subtotal().toDecimalString(),
                    p.tax().toDecimalString(), p.shipping().toDecimalString(), p.total().toDecimalString(),
                    p.sourceUrl().orElse(null), items, p.discrepancies());
        }
    }

    record LineJson(String description, long quantity, String unitPrice, String total, String sku) {
    }

    @Command(name = "list", description = "List purchases, newest order first.")
    static final class ListPurchases extends CliCommand {
        @Override
        void execute(MykneesCli cli) {
            List<Purchase> purchases = cli.backend().purchases().listPurchases(cli.actor(), cli.household().id());
            if (cli.json()) {
                Output.json(cli.out(), purchases.stream().map(PurchaseJson::of).toList());
                return;
            }
            Output.table(cli.out(), List.of("ID", "DATE", "RETAILER", "ORDER", "ITEMS", "TOTAL", "CURRENCY"),
                    purchases.stream().map(p -> List.of(p.id().toString(), p.orderDate().toString(), p.retailer(),
                            p.orderNumber(), String.valueOf(p.lines().size()), p.total().toDecimalString(),
                            p.currency().getCurrencyCode())).toList(),
                    List.of(false, false, false, false, true, true, false));
        }
    }

    @Command(name = "show", description = "Show one purchase with its items, and any amounts that do not add up.")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        void execute(MykneesCli cli) {
            Purchase p = cli.backend().purchases().getPurchase(cli.actor(), cli.household().id(), PurchaseId.of(id));
            if (cli.json()) {
                Output.json(cli.out(), PurchaseJson.of(p));
                return;
            }
            cli.out().printf("%s order %s of %s%s%n", p.retailer(), p.orderNumber(), p.orderDate(),
                    p.sourceUrl().map(url -> " (" + url + ")").orElse(""));
            Output.table(cli.out(), List.of("QTY", "ITEM", "SKU", "UNIT PRICE", "TOTAL"),
                    p.lines().stream().map(l -> List.of(String.valueOf(l.quantity()), l.description(),
                            l.sku().orElse(""), l.unitPrice().toDecimalString(), l.total().toDecimalString())).toList(),
                    List.of(true, false, false, true, true));
            for (String[] row : new String[][] {{"subtotal", amount(p.subtotal())}, {"tax", amount(p.tax())},
                    {"shipping", amount(p.shipping())}, {"total", amount(p.total())}}) {
                cli.out().printf("%-9s %s%n", row[0], row[1]);
            }
            p.discrepancies().forEach(d -> cli.out().println("  warning: " + d));
        }

        private static String amount(Money money) {
            return money.toDecimalString() + " " + money.currency().getCurrencyCode();
        }
    }
}
