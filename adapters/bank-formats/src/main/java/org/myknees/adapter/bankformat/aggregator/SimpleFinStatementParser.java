package org.myknees.adapter.bankformat.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/**
 * Reads a saved SimpleFIN {@code /accounts} response: one statement per account with its balance at
 * {@code balance-date} as the closing balance. Timestamps are epoch seconds, read as UTC dates. The
 * {@code errors} list becomes warnings, and a response that holds only errors is rejected with them. An account
 * in a custom (non-ISO) currency cannot be held as money: its rows are quarantined.
 */
public final class SimpleFinStatementParser implements StatementParser {

    @Override
    public ImportFormat format() {
        return ImportFormat.SIMPLEFIN;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        if (!JsonTree.looksLikeJson(head)) {
            return 0;
        }
        String text = JsonTree.headText(head);
        if (!text.contains("\"accounts\"")) {
            return 0;
        }
        if (text.contains("\"balance-date\"") || text.contains("\"sfin-url\"")) {
            return 90;
        }
        return text.contains("\"errors\"") || text.contains("\"errlist\"") ? 60 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        String fileName = context.fileName();
        JsonTree document = JsonTree.parse(content, fileName);
        JsonNode root = document.root();
        if (!root.isObject() || !(root.path("accounts").isArray() || root.has("errors") || root.has("errlist"))) {
            throw new StatementParseException(fileName, 1, "not a SimpleFIN accounts response: it has no accounts list");
        }
        List<String> errors = errors(root);
        if (root.path("accounts").isEmpty() && !errors.isEmpty()) {
            throw new StatementParseException(fileName, 0, "SimpleFIN returned an error: " + String.join("; ", errors));
        }
        StatementRows statements = new StatementRows(document);
        errors.forEach(e -> statements.warn("SimpleFIN: " + e));
        for (JsonNode account : root.path("accounts")) {
            if (!account.isObject()) {
                statements.quarantine(account, "account", "an account must be a JSON object");
                continue;
            }
            String key = JsonTree.text(account, "id").orElse("account at line " + document.lineOf(account));
            JsonNode org = account.path("org");
            statements.account(key, new StatementAccount(JsonTree.text(account, "id"),
                    JsonTree.text(org, "domain", "name", "id"), JsonTree.text(account, "name"), Optional.empty()));
            String code = JsonTree.text(account, "currency").orElse("");
            Optional<Currency> currency = JsonTree.currency(code);
            if (currency.isEmpty()) {
                account.path("transactions").forEach(row -> statements.quarantine(row, "currency", "the account's currency '"
                        + code + "' is no ISO 4217 currency and cannot be held as money"));
                continue;
            }
            statements.currency(key, currency.get());
            closing(account, currency.get(), key, statements).ifPresent(b -> statements.closing(key, b));
            account.path("transactions").forEach(row -> statements.add(key, row, (r, line) -> transaction(r, line, currency.get())));
        }
        return statements.file();
    }

    private static List<String> errors(JsonNode root) {
        List<String> errors = new ArrayList<>();
        root.path("errors").forEach(e -> errors.add(e.isTextual() ? e.asText() : e.toString()));
        root.path("errlist").forEach(e -> errors.add(JsonTree.text(e, "msg", "message").orElse(e.toString())));
        return errors;
    }

    private static ParsedTransaction transaction(JsonNode row, int line, Currency currency) {
        BigDecimal amount = StatementRows.required(JsonTree.decimal(row, "amount"), "amount");
        Optional<LocalDate> posted = epochDate(row, "posted");
        Optional<LocalDate> transacted = epochDate(row, "transacted_at");
        boolean pending = row.path("pending").asBoolean(false) || posted.isEmpty();
        LocalDate date = StatementRows.required(posted.or(() -> transacted), "posted");
        Optional<String> payee = JsonTree.text(row, "payee");
        Optional<String> memo = JsonTree.text(row, "memo");
        String descriptor = JsonTree.text(row, "description").or(() -> payee).or(() -> memo).orElse("");
        return new ParsedTransaction(line, date, transacted.filter(d -> !d.equals(date)), Money.of(amount, currency),
                descriptor, payee, memo, JsonTree.text(row, "id"), pending, Optional.empty());
    }

    private static Optional<StatedBalance> closing(JsonNode account, Currency currency, String key,
                                                   StatementRows statements) {
        try {
            Optional<BigDecimal> balance = JsonTree.decimal(account, "balance");
            Optional<LocalDate> date = epochDate(account, "balance-date");
            if (balance.isPresent() && date.isPresent()) {
                return Optional.of(new StatedBalance(Money.of(balance.get(), currency), date.get()));
            }
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            statements.warn("The balance of account " + key + " cannot be read and is left out: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** An epoch-seconds field as a UTC date; 0 (SimpleFIN's "not posted yet") and absence give empty. */
    private static Optional<LocalDate> epochDate(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        long seconds;
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,15}")) {
            seconds = Long.parseLong(value.asText().strip());
        } else if (value.isNumber() && value.canConvertToLong()
                && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            seconds = value.longValue();
        } else {
            throw new StatementRows.RowException(name, name + " '" + value.asText() + "' is not a timestamp in epoch seconds");
        }
        if (seconds == 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC));
    }
}
