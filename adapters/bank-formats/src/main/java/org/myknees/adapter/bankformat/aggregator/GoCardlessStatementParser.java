package org.myknees.adapter.bankformat.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Reads a saved GoCardless Bank Account Data (formerly Nordigen) transactions response:
 * {@code transactions.booked} and {@code transactions.pending} (or a top-level {@code pending}), in the API's
 * camelCase or the snake_case some clients save. Amounts are signed strings with their currency. The payload
 * names no account, so the file gives one statement, named when an {@code account} object (the details
 * endpoint) sits beside the transactions; a {@code balances} list gives the closing balance.
 */
public final class GoCardlessStatementParser implements StatementParser {

    private static final String ACCOUNT = "account";

    @Override
    public ImportFormat format() {
        return ImportFormat.GOCARDLESS;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        if (!JsonTree.looksLikeJson(head)) {
            return 0;
        }
        String text = JsonTree.headText(head);
        boolean booked = text.contains("\"booked\"");
        boolean amount = text.contains("\"transactionAmount\"") || text.contains("\"transaction_amount\"");
        if (booked && amount) {
            return 95;
        }
        if (booked || (amount && text.contains("\"transactions\""))) {
            return 75;
        }
        // A saved error reply is claimed so that its summary reaches the user instead of "not recognised".
        return isErrorReply(text) ? 50 : 0;
    }

    private static boolean isErrorReply(String text) {
        return text.contains("\"status_code\"") && (text.contains("\"summary\"") || text.contains("\"detail\""));
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        String fileName = context.fileName();
        JsonTree document = JsonTree.parse(content, fileName);
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new StatementParseException(fileName, 1, "a GoCardless response is a JSON object");
        }
        if (root.has("status_code") && (root.has("summary") || root.has("detail"))) {
            throw new StatementParseException(fileName, 0, "GoCardless returned an error " + root.get("status_code").asText()
                    + ": " + JsonTree.text(root, "summary").orElse("") + " — " + JsonTree.text(root, "detail").orElse(""));
        }
        JsonNode transactions = root.path("transactions");
        if (!transactions.isObject() || !transactions.path("booked").isArray()) {
            throw new StatementParseException(fileName, 0,
                    "not a GoCardless transactions response: it has no transactions.booked list");
        }
        StatementRows statements = new StatementRows(document);
        statements.account(ACCOUNT, account(root.path("account")));
        closingBalance(root.path("balances"), statements).ifPresent(b -> statements.closing(ACCOUNT, b));
        transactions.path("booked").forEach(row -> statements.add(ACCOUNT, row, (r, line) -> transaction(r, line, false)));
        List<JsonNode> pending = new ArrayList<>();
        transactions.path("pending").forEach(pending::add);
        root.path("pending").forEach(pending::add);
        pending.forEach(row -> statements.add(ACCOUNT, row, (r, line) -> transaction(r, line, true)));
        return statements.file();
    }

    private static ParsedTransaction transaction(JsonNode row, int line, boolean pending) {
        JsonNode amountNode = field(row, "transactionAmount", "transaction_amount");
        BigDecimal amount = StatementRows.required(JsonTree.decimal(amountNode, "amount"), "transactionAmount.amount");
        String code = StatementRows.required(JsonTree.text(amountNode, "currency"), "transactionAmount.currency");
        Currency currency = Money.currency(code);
        Optional<LocalDate> value = JsonTree.date(row, "valueDate", "value_date", "valueDateTime", "value_date_time");
        Optional<LocalDate> booking = JsonTree.date(row, "bookingDate", "booking_date", "bookingDateTime",
                "booking_date_time");
        // Some banks fill only valueDate even on booked rows; the value date is then the only date the row has.
        LocalDate date = StatementRows.required(booking.or(() -> value), "bookingDate");
        Optional<String> counterparty = amount.signum() < 0
                ? JsonTree.text(row, "creditorName", "creditor_name").or(() -> JsonTree.text(row, "debtorName", "debtor_name"))
                : JsonTree.text(row, "debtorName", "debtor_name").or(() -> JsonTree.text(row, "creditorName", "creditor_name"));
        Optional<String> remittance = remittance(row);
        String descriptor = String.join(" ", present(counterparty, remittance));
        if (descriptor.isEmpty()) {
            descriptor = JsonTree.text(row, "additionalInformation", "additional_information",
                    "proprietaryBankTransactionCode", "proprietary_bank_transaction_code").orElse("");
        }
        Optional<String> id = JsonTree.text(row, "transactionId", "transaction_id", "internalTransactionId",
                "internal_transaction_id");
        return new ParsedTransaction(line, date, value.filter(v -> !v.equals(date)), Money.of(amount, currency),
                descriptor, counterparty, remittance, id, pending, Optional.empty());
    }

    private static Optional<String> remittance(JsonNode row) {
        Optional<String> unstructured = JsonTree.text(row, "remittanceInformationUnstructured",
                "remittance_information_unstructured");
        if (unstructured.isPresent()) {
            return unstructured;
        }
        JsonNode array = field(row, "remittanceInformationUnstructuredArray", "remittance_information_unstructured_array");
        List<String> parts = new ArrayList<>();
        array.forEach(part -> {
            if (part.isTextual() && !part.asText().isBlank()) {
                parts.add(part.asText().strip());
            }
        });
        if (!parts.isEmpty()) {
            return Optional.of(String.join(" ", parts));
        }
        return JsonTree.text(row, "remittanceInformationStructured", "remittance_information_structured",
                "additionalInformation", "additional_information");
    }

    private static StatementAccount account(JsonNode account) {
        if (!account.isObject()) {
            return StatementAccount.unnamed();
        }
        return new StatementAccount(JsonTree.text(account, "iban", "bban", "resourceId", "resource_id"),
                JsonTree.text(account, "bic"), JsonTree.text(account, "name", "ownerName", "owner_name"),
                JsonTree.text(account, "cashAccountType", "cash_account_type"));
    }

    /** The booked closing balance, else the interim booked one, when the payload carries balances. */
    private static Optional<StatedBalance> closingBalance(JsonNode balances, StatementRows statements) {
        for (String type : List.of("closingBooked", "interimBooked")) {
            for (JsonNode balance : balances) {
                if (!type.equals(JsonTree.text(balance, "balanceType", "balance_type").orElse(""))) {
                    continue;
                }
                try {
                    JsonNode amount = field(balance, "balanceAmount", "balance_amount");
                    Optional<BigDecimal> value = JsonTree.decimal(amount, "amount");
                    Optional<Currency> currency = JsonTree.text(amount, "currency").flatMap(JsonTree::currency);
                    Optional<LocalDate> date = JsonTree.date(balance, "referenceDate", "reference_date");
                    if (value.isPresent() && currency.isPresent() && date.isPresent()) {
                        return Optional.of(new StatedBalance(Money.of(value.get(), currency.get()), date.get()));
                    }
                } catch (IllegalArgumentException | ArithmeticException e) {
                    statements.warn("The " + type + " balance cannot be read and is left out: " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private static JsonNode field(JsonNode node, String camel, String snake) {
        JsonNode value = node.get(camel);
        return value != null && !value.isNull() ? value : node.path(snake);
    }

    @SafeVarargs
    private static List<String> present(Optional<String>... parts) {
        List<String> out = new ArrayList<>();
        for (Optional<String> part : parts) {
            part.ifPresent(out::add);
        }
        return out;
    }
}
