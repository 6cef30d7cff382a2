package org.myknees.adapter.bankformat.mt940;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

/**
 * Builds statements from the fields of an MT940 or MT942 file. Each {@code :20:} starts a statement; so does a
 * second opening balance, or a statement line after the closing balance. Fields met before any {@code :20:}
 * open a statement of their own, which takes the account and currency of the statement before it. An MT942
 * report has no balances; its currency comes from the floor limit {@code :34F:} or the sums {@code :90D:}/{@code
 * :90C:}.
 */
final class Mt940Reader {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ParseContext context;
    private final List<ParsedStatement> statements = new ArrayList<>();
    private final List<QuarantinedRow> quarantined = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private StatementDraft current;
    private Optional<SwiftAccount> previousAccount = Optional.empty();
    private Optional<Currency> previousCurrency = Optional.empty();

    private Mt940Reader(ParseContext context) {
        this.context = context;
    }

    static ParsedFile read(byte[] content, ParseContext context) {
        String text = SwiftText.decode(content, context.charset());
        List<SwiftField> fields = SwiftFieldReader.read(SwiftText.lines(text), context.fileName());
        Mt940Reader reader = new Mt940Reader(context);
        fields.forEach(reader::accept);
        reader.close();
        if (reader.statements.isEmpty()) {
            throw new StatementParseException(context.fileName(), 0, "no MT940/MT942 statement found: the file has "
                    + "no :20:, :25:, :60F:, :61: or :62F: field");
        }
        return new ParsedFile(reader.statements, List.of(), reader.quarantined, reader.warnings);
    }

    private void accept(SwiftField field) {
        switch (field.tag()) {
            case SwiftField.END -> close();
            case "20" -> {
                close();
                current = new StatementDraft(field.line(), true);
            }
            case "21", "NS" -> {
                // Related reference and non-SWIFT bank fields carry nothing our statements hold.
            }
            case "25" -> {
                StatementDraft draft = open(field);
                if (draft.account == null) {
                    draft.account = field;
                }
            }
            case "60F", "60M" -> {
                StatementDraft draft = open(field);
                if (draft.opening != null || draft.closing != null) {
                    close();
                    draft = open(field);
                }
                draft.opening = field;
            }
            case "61" -> {
                StatementDraft draft = open(field);
                if (draft.closing != null) {
                    close();
                    draft = open(field);
                }
                draft.transactions.add(new TransactionDraft(field));
            }
            case "86" -> {
                StatementDraft draft = open(field);
                TransactionDraft last = draft.transactions.isEmpty() ? null
                        : draft.transactions.get(draft.transactions.size() - 1);
                if (last != null && last.details == null && draft.lastTag.equals("61")) {
                    last.details = field;
                }
            }
            case "62F", "62M" -> {
                StatementDraft draft = open(field);
                if (draft.closing == null) {
                    draft.closing = field;
                }
            }
            case "34F", "90C", "90D" -> open(field).currencyHints.add(field);
            default -> open(field);
        }
        if (current != null) {
            current.lastTag = field.tag();
        }
    }

    private StatementDraft open(SwiftField field) {
        if (current == null) {
            current = new StatementDraft(field.line(), false);
        }
        return current;
    }

    private void close() {
        if (current == null) {
            return;
        }
        StatementDraft draft = current;
        current = null;
        Optional<SwiftAccount> swiftAccount = draft.account != null
                ? Optional.of(SwiftAccount.parse(draft.account.raw()))
                : draft.explicit ? Optional.empty() : previousAccount;
        Optional<Currency> currency = currency(draft, swiftAccount);
        previousAccount = swiftAccount;
        previousCurrency = currency;

        Optional<StatedBalance> opening = balance(draft.opening, currency);
        Optional<StatedBalance> closing = balance(draft.closing, currency);
        List<ParsedTransaction> transactions = new ArrayList<>();
        int quarantinedBefore = quarantined.size();
        for (TransactionDraft transaction : draft.transactions) {
            transaction(transaction, currency).ifPresent(transactions::add);
        }
        StatementAccount account = swiftAccount.map(SwiftAccount::account).orElse(StatementAccount.unnamed());
        statements.add(new ParsedStatement(account, currency, opening, closing, transactions));
        if (quarantined.size() == quarantinedBefore) {
            checkBalances(draft, opening, closing, transactions);
        }
    }

    private Optional<Currency> currency(StatementDraft draft, Optional<SwiftAccount> account) {
        List<String> codes = new ArrayList<>();
        for (SwiftField balance : new SwiftField[] {draft.opening, draft.closing}) {
            if (balance != null) {
                try {
                    SwiftBalance.parse(balance).currency().ifPresent(codes::add);
                } catch (MalformedFieldException unreadable) {
                    // Reported when the balance itself is read; here it just gives no currency.
                }
            }
        }
        account.flatMap(SwiftAccount::currency).ifPresent(codes::add);
        for (SwiftField hint : draft.currencyHints) {
            Matcher matcher = CURRENCY.matcher(hint.firstLine());
            if (matcher.find()) {
                codes.add(matcher.group());
            }
        }
        for (String code : codes) {
            Optional<Currency> currency = SwiftCurrency.of(code);
            if (currency.isPresent()) {
                return currency;
            }
        }
        return previousCurrency.isPresent() ? previousCurrency : context.defaultCurrency();
    }

    private Optional<StatedBalance> balance(SwiftField field, Optional<Currency> statementCurrency) {
        if (field == null) {
            return Optional.empty();
        }
        try {
            SwiftBalance balance = SwiftBalance.parse(field);
            Optional<Currency> currency = balance.currency().isPresent()
                    ? SwiftCurrency.of(balance.currency().get()) : statementCurrency;
            if (currency.isEmpty()) {
                throw new MalformedFieldException(":" + field.tag() + ": currency", "the balance names no currency "
                        + "MyKnees knows and the statement gives none");
            }
            return Optional.of(new StatedBalance(Money.of(balance.amount(), currency.get()), balance.date()));
        } catch (MalformedFieldException e) {
            warnings.add(balanceWarning(field, e.field() + ": " + e.getMessage()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            warnings.add(balanceWarning(field, e.getMessage()));
        }
        return Optional.empty();
    }

    private String balanceWarning(SwiftField field, String reason) {
        return context.fileName() + ":" + field.line() + ": balance '" + field.source() + "' was not read ("
                + reason + ")";
    }

    private Optional<ParsedTransaction> transaction(TransactionDraft draft, Optional<Currency> currency) {
        SwiftField field = draft.line;
        try {
            StatementLine line = StatementLine.parse(field);
            if (currency.isEmpty()) {
                throw new MalformedFieldException(":61: currency", "the statement states no currency (no readable "
                        + ":60F:/:62F: balance) and no default currency was given");
            }
            Money amount = amount(line.amount(), currency.get());
            TransactionDetails details = draft.details == null ? TransactionDetails.none()
                    : TransactionDetails.parse(draft.details);
            String descriptor = details.descriptor().isEmpty()
                    ? line.supplementaryDetails().orElse("") : details.descriptor();
            return Optional.of(new ParsedTransaction(field.line(), line.bookingDate(),
                    line.valueDate().equals(line.bookingDate()) ? Optional.empty() : Optional.of(line.valueDate()),
                    amount, descriptor, details.counterparty(), details.remittance(), line.externalId(),
                    line.expected(), Optional.empty()));
        } catch (MalformedFieldException e) {
            quarantined.add(new QuarantinedRow(field.line(), e.field(), e.getMessage(), draft.source()));
            return Optional.empty();
        }
    }

    private static Money amount(BigDecimal amount, Currency currency) throws MalformedFieldException {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedFieldException(":61: amount", e.getMessage());
        }
    }

    private void checkBalances(StatementDraft draft, Optional<StatedBalance> opening, Optional<StatedBalance> closing,
                               List<ParsedTransaction> transactions) {
        if (opening.isEmpty() || closing.isEmpty()
                || !opening.get().amount().currency().equals(closing.get().amount().currency())) {
            return;
        }
        BigDecimal expected = opening.get().amount().toDecimal();
        for (ParsedTransaction transaction : transactions) {
            expected = expected.add(transaction.amount().toDecimal());
        }
        if (expected.compareTo(closing.get().amount().toDecimal()) != 0) {
            warnings.add(context.fileName() + ":" + draft.line + ": the opening balance " + opening.get().amount()
                    + " plus the statement's transactions gives " + expected.toPlainString() + ", not the closing "
                    + "balance " + closing.get().amount());
        }
    }

    private static final class StatementDraft {
        final int line;
        final boolean explicit;
        final List<TransactionDraft> transactions = new ArrayList<>();
        final List<SwiftField> currencyHints = new ArrayList<>();
        SwiftField account;
        SwiftField opening;
        SwiftField closing;
        String lastTag = "";

        StatementDraft(int line, boolean explicit) {
            this.line = line;
            this.explicit = explicit;
        }
    }

    private static final class TransactionDraft {
        final SwiftField line;
        SwiftField details;

        TransactionDraft(SwiftField line) {
            this.line = line;
        }

        String source() {
            return details == null ? line.source() : line.source() + "\n" + details.source();
        }
    }
}
