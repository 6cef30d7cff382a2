package org.myknees.adapter.bankformat.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement.Withdrawal;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/**
 * Reads a saved Plaid {@code /transactions/sync} or {@code /transactions/get} response. Plaid counts money
 * out as positive, so amounts are negated. Each {@code account_id} gets its own statement; {@code added} rows are
 * read as they stand (a posted row naming its {@code pending_transaction_id} as the replacement of that pending
 * row), a {@code modified} row as the replacement of the row with its {@code transaction_id}, and
 * {@code removed} ids as withdrawals from their account; {@code has_more} becomes a warning.
 */
public final class PlaidStatementParser implements StatementParser {

    @Override
    public ImportFormat format() {
        return ImportFormat.PLAID;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        if (!JsonTree.looksLikeJson(head)) {
            return 0;
        }
        String text = JsonTree.headText(head);
        if (text.contains("\"transaction_id\"") && text.contains("\"account_id\"")) {
            return 90;
        }
        if (text.contains("\"account_id\"") && (text.contains("\"next_cursor\"") || text.contains("\"balances\""))) {
            return 70;
        }
        return text.contains("\"error_type\"") && text.contains("\"error_code\"") ? 50 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        String fileName = context.fileName();
        JsonTree document = JsonTree.parse(content, fileName);
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new StatementParseException(fileName, 1, "a Plaid response is a JSON object");
        }
        if (root.has("error_code") || root.has("error_type")) {
            throw new StatementParseException(fileName, 0, "Plaid returned an error: "
                    + JsonTree.text(root, "error_code").orElse("?") + " — "
                    + JsonTree.text(root, "error_message", "display_message").orElse("no message"));
        }
        int rowCount = 0;
        for (String list : List.of("transactions", "added", "modified")) {
            rowCount += root.path(list).size();
        }
        if (!root.path("accounts").isArray() && rowCount == 0) {
            throw new StatementParseException(fileName, 0,
                    "not a Plaid transactions response: it has no accounts, transactions or added list");
        }
        StatementRows statements = new StatementRows(document);
        for (JsonNode account : root.path("accounts")) {
            JsonTree.text(account, "account_id").ifPresent(id -> {
                statements.account(id, new StatementAccount(Optional.of(id), Optional.empty(),
                        JsonTree.text(account, "name", "official_name"),
                        JsonTree.text(account, "subtype", "type")));
                isoCurrency(account.path("balances")).ifPresent(c -> statements.currency(id, c));
            });
        }
        for (String list : List.of("transactions", "added", "modified")) {
            // A modified row is Plaid's new statement of a row sent before under the same transaction_id.
            StatementRows.RowReader reader = list.equals("modified") ? PlaidStatementParser::modification
                    : PlaidStatementParser::transaction;
            for (JsonNode row : root.path(list)) {
                String account = JsonTree.text(row, "account_id").orElse("");
                if (account.isEmpty()) {
                    statements.quarantine(row, "account_id", "the transaction names no account_id");
                    continue;
                }
                statements.account(account, new StatementAccount(Optional.of(account), Optional.empty(),
                        Optional.empty(), Optional.empty()));
                statements.add(account, row, reader);
            }
        }
        for (JsonNode removed : root.path("removed")) {
            Optional<String> id = JsonTree.text(removed, "transaction_id");
            Optional<String> account = JsonTree.text(removed, "account_id");
            if (id.isPresent() && account.isPresent()) {
                statements.account(account.get(), new StatementAccount(account, Optional.empty(), Optional.empty(),
                        Optional.empty()));
                statements.withdraw(account.get(), new Withdrawal(document.lineOf(removed), id.get()));
            } else {
                statements.warn("Line " + document.lineOf(removed) + ": a removed transaction without "
                        + (id.isEmpty() ? "transaction_id" : "account_id " + "(" + id.get() + ")")
                        + " cannot be matched to a stored row; nothing was removed for it");
            }
        }
        if (root.path("has_more").asBoolean(false)) {
            statements.warn("This response is one page of several (has_more is true); later pages are not in the file");
        }
        return statements.file();
    }

    private static ParsedTransaction modification(JsonNode row, int line) {
        ParsedTransaction read = transaction(row, line);
        return read.externalId().map(read::replacing).orElse(read);
    }

    private static ParsedTransaction transaction(JsonNode row, int line) {
        BigDecimal amount = StatementRows.required(JsonTree.decimal(row, "amount"), "amount");
        Currency currency = JsonTree.text(row, "iso_currency_code").map(Money::currency)
                .orElseThrow(() -> new StatementRows.RowException("iso_currency_code",
                        JsonTree.text(row, "unofficial_currency_code")
                                .map(c -> "the unofficial currency " + c + " is no ISO 4217 currency and cannot be held as money")
                                .orElse("the transaction states no currency")));
        LocalDate date = StatementRows.required(JsonTree.date(row, "date"), "date");
        Optional<LocalDate> authorized = JsonTree.date(row, "authorized_date").filter(d -> !d.equals(date));
        String descriptor = JsonTree.text(row, "original_description", "name", "merchant_name").orElse("");
        boolean pending = row.path("pending").asBoolean(false);
        ParsedTransaction read = new ParsedTransaction(line, date, authorized, Money.of(amount.negate(), currency),
                descriptor, JsonTree.text(row, "merchant_name"), Optional.empty(), JsonTree.text(row, "transaction_id"),
                pending, Optional.empty());
        // Plaid gives a posted row an id of its own and names the pending row it settles.
        Optional<String> settles = pending ? Optional.empty() : JsonTree.text(row, "pending_transaction_id");
        return settles.map(read::replacing).orElse(read);
    }

    /** The account's currency when it states a valid one; an account never fails the file. */
    private static Optional<Currency> isoCurrency(JsonNode balances) {
        return JsonTree.text(balances, "iso_currency_code").flatMap(JsonTree::currency);
    }
}
