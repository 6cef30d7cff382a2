package org.myknees.adapter.bankformat.qif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.myknees.adapter.bankformat.DateConventions;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

/**
 * Turns QIF text into statements: the last {@code !Account} record before a transaction section names
 * its account, and records of one account and type gather into one statement. Single use: one per file.
 */
final class QifInterpreter {

    private static final Currency FALLBACK_CURRENCY = Currency.getInstance("USD");
    /** Far more than a household export holds; the parsed output grows with the rows, so they are capped. */
    static final int MAX_ROWS = 250_000;

    private final ParseContext context;
    private final List<String> warnings = new ArrayList<>();
    private final List<QuarantinedRow> quarantined = new ArrayList<>();
    private final Map<String, Statement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> skippedLists = new LinkedHashMap<>();
    private Currency currency;
    private QifDates.Order dateOrder;
    /** The name of the last !Account record read: the account of the transaction sections after it. */
    private Optional<String> accountName = Optional.empty();
    private int firstInvestmentLine;
    private int rows;

    QifInterpreter(ParseContext context) {
        this.context = context;
    }

    /** The rows of one account and section type, in file order. */
    private record Statement(StatementAccount account, List<ParsedTransaction> transactions) {
    }

    /** Reads the text in two passes: the first decides the day/month order, the second reads the records. */
    ParsedFile interpret(String text) {
        currency = context.defaultCurrency().orElseGet(() -> {
            warnings.add("QIF files state no currency and none was given for the account; amounts were read as "
                    + FALLBACK_CURRENCY.getCurrencyCode());
            return FALLBACK_CURRENCY;
        });
        QifDates.Evidence evidence = new QifDates.Evidence();
        QifRecords.read(text, context.fileName(), record -> {
            if (record.section().kind() == QifSection.Kind.TRANSACTIONS) {
                record.first('D').ifPresent(evidence::add);
            }
        });
        QifDates.Decision decision = evidence.decide(Optional.ofNullable(context.options().get("dateOrder")),
                context.defaultCurrency().map(DateConventions::writesDayFirst).orElse(false));
        dateOrder = decision.order();
        decision.note().ifPresent(warnings::add);

        QifRecords.read(text, context.fileName(), this::record);

        if (statements.isEmpty() && firstInvestmentLine > 0) {
            throw new StatementParseException(context.fileName(), firstInvestmentLine, "investment accounts "
                    + "(!Type:Invst) are not supported: the file holds investment records and no bank, card or "
                    + "cash transactions");
        }
        skippedLists.forEach((header, count) -> warnings.add("Skipped " + count + " record(s) of !"
                + QifAmounts.shown(header)
                + ", a list of settings rather than transactions"));
        if (statements.isEmpty() && quarantined.isEmpty()) {
            warnings.add("The file holds no transactions");
        }
        List<ParsedStatement> parsed = statements.values().stream()
                .map(s -> new ParsedStatement(s.account(), Optional.empty(), Optional.empty(), Optional.empty(),
                        s.transactions()))
                .toList();
        return new ParsedFile(parsed, List.of(), quarantined, warnings);
    }

    private void record(QifRecord record) {
        switch (record.section().kind()) {
            case ACCOUNT -> accountName = record.first('N');
            case TRANSACTIONS -> transaction(record);
            case INVESTMENT -> {
                firstInvestmentLine = firstInvestmentLine > 0 ? firstInvestmentLine : record.line();
                quarantine(record, "record", "investment records (!Type:Invst) are not supported; this one was not "
                        + "imported");
            }
            case SETUP_LIST -> skippedLists.merge(record.section().header(), 1, Integer::sum);
            case UNKNOWN -> quarantine(record, "record", "the section !" + QifAmounts.shown(record.section().header())
                    + " is not a QIF section this reader knows");
        }
    }

    private void transaction(QifRecord record) {
        String type = record.section().type();
        String key = accountName.orElse("") + "\u0000" + type.toLowerCase(Locale.ROOT);
        Optional<String> name = accountName;
        Statement statement = statements.computeIfAbsent(key, k -> new Statement(
                new StatementAccount(Optional.empty(), Optional.empty(), name, Optional.of(type)), new ArrayList<>()));
        Optional<String> dateText = record.first('D');
        if (dateText.isEmpty()) {
            quarantine(record, "date", "the record has no date (D line)");
            return;
        }
        QifReading<LocalDate> date = QifDates.parse(dateText.get(), dateOrder);
        if (date.value().isEmpty()) {
            quarantine(record, "date", date.problem());
            return;
        }
        Optional<Money> amount = amount(record);
        if (amount.isEmpty()) {
            return;
        }
        Optional<String> payee = record.first('P');
        Optional<String> memo = record.first('M');
        countRow(record);
        statement.transactions().add(new ParsedTransaction(record.line(), date.value().get(), Optional.empty(),
                amount.get(), descriptor(payee, memo), payee, memo, Optional.empty(), false, Optional.empty()));
    }

    /** The total ({@code T}, else {@code U}); without one, the sum of the split amounts. */
    private Optional<Money> amount(QifRecord record) {
        Optional<Money> splits = splitTotal(record);
        Optional<String> total = record.first('T').or(() -> record.first('U'));
        if (total.isEmpty()) {
            if (splits.isEmpty()) {
                quarantine(record, "amount", "the record has no amount (T line)");
            }
            return splits;
        }
        QifReading<Money> amount = QifAmounts.parse(total.get(), currency);
        if (amount.value().isEmpty()) {
            quarantine(record, "amount", amount.problem());
            return Optional.empty();
        }
        if (splits.isPresent() && !splits.get().equals(amount.value().get())) {
            warnings.add("Line " + record.line() + ": the splits add up to " + splits.get().toDecimalString()
                    + ", not the total " + amount.value().get().toDecimalString() + "; the total was kept");
        }
        return amount.value();
    }

    /** The sum of the {@code $} split amounts, when there are splits and all of them can be read. */
    private Optional<Money> splitTotal(QifRecord record) {
        List<String> parts = record.all('$');
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Money sum = Money.zero(currency);
        for (String part : parts) {
            QifReading<Money> amount = QifAmounts.parse(part, currency);
            if (amount.value().isEmpty()) {
                return Optional.empty();
            }
            try {
                sum = sum.plus(amount.value().get());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        return Optional.of(sum);
    }

    /** Payee and memo joined by a space; when one contains the other, only the longer one is kept. */
    private static String descriptor(Optional<String> payee, Optional<String> memo) {
        if (payee.isEmpty() || memo.isEmpty()) {
            return payee.or(() -> memo).orElse("");
        }
        if (memo.get().contains(payee.get())) {
            return memo.get();
        }
        return payee.get().contains(memo.get()) ? payee.get() : payee.get() + " " + memo.get();
    }

    /** Output grows with the rows, so their number is capped like the file's size. */
    private void countRow(QifRecord record) {
        if (++rows > MAX_ROWS) {
            throw new StatementParseException(context.fileName(), record.line(), "the file holds more than "
                    + MAX_ROWS + " records; split it into smaller files");
        }
    }

    private void quarantine(QifRecord record, String field, String reason) {
        countRow(record);
        quarantined.add(new QuarantinedRow(record.line(), field, reason, record.text()));
    }
}
