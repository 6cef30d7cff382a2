package org.myknees.adapter.bankformat.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedStatement.Withdrawal;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementAccount;

/**
 * Collects the transactions of an aggregator payload per account, quarantining rows that cannot be read, and
 * builds the {@link ParsedFile}: one statement per account in the order the payload names them.
 */
final class StatementRows {

    /** Reads one row; throws for a row that cannot be read. */
    @FunctionalInterface
    interface RowReader {
        ParsedTransaction read(JsonNode row, int line);
    }

    private final JsonTree document;
    private final Map<String, StatementAccount> accounts = new LinkedHashMap<>();
    private final Map<String, List<ParsedTransaction>> transactions = new LinkedHashMap<>();
    private final Map<String, List<Withdrawal>> withdrawn = new LinkedHashMap<>();
    private final Map<String, StatedBalance> closing = new LinkedHashMap<>();
    private final Map<String, Currency> currencies = new LinkedHashMap<>();
    private final List<QuarantinedRow> quarantined = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    StatementRows(JsonTree document) {
        this.document = document;
    }

    void account(String key, StatementAccount account) {
        accounts.putIfAbsent(key, account);
        transactions.computeIfAbsent(key, k -> new ArrayList<>());
    }

    void currency(String key, Currency currency) {
        currencies.put(key, currency);
    }

    void closing(String key, StatedBalance balance) {
        closing.put(key, balance);
    }

    /** The bank withdrew a row of the account (which must be named already). */
    void withdraw(String key, Withdrawal withdrawal) {
        withdrawn.computeIfAbsent(key, k -> new ArrayList<>()).add(withdrawal);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void quarantine(JsonNode row, String field, String reason) {
        quarantined.add(new QuarantinedRow(document.lineOf(row), field, reason, row.toString()));
    }

    /** Reads a row into the account's statement, or quarantines it naming the field at fault. */
    void add(String accountKey, JsonNode row, RowReader reader) {
        if (!row.isObject()) {
            quarantine(row, "row", "a transaction must be a JSON object");
            return;
        }
        try {
            ParsedTransaction transaction = reader.read(row, document.lineOf(row));
            account(accountKey, StatementAccount.unnamed());
            transactions.get(accountKey).add(transaction);
        } catch (RowException e) {
            quarantine(row, e.field, e.getMessage());
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            quarantine(row, "row", e.getMessage());
        }
    }

    ParsedFile file() {
        List<ParsedStatement> statements = new ArrayList<>();
        for (Map.Entry<String, StatementAccount> account : accounts.entrySet()) {
            List<ParsedTransaction> rows = transactions.get(account.getKey());
            Optional<Currency> currency = Optional.ofNullable(currencies.get(account.getKey()));
            if (currency.isEmpty()) {
                Set<Currency> seen = new LinkedHashSet<>();
                rows.forEach(t -> seen.add(t.amount().currency()));
                currency = seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
            }
            statements.add(new ParsedStatement(account.getValue(), currency, Optional.empty(),
                    Optional.ofNullable(closing.get(account.getKey())), rows,
                    withdrawn.getOrDefault(account.getKey(), List.of())));
        }
        return new ParsedFile(statements, List.of(), quarantined, warnings);
    }

    /** A row that cannot be read, naming the field at fault. */
    static final class RowException extends IllegalArgumentException {
        private final String field;

        RowException(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> new RowException(field, field + " is missing"));
    }
}
