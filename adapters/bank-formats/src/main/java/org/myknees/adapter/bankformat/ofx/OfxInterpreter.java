package org.myknees.adapter.bankformat.ofx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedStatement.Withdrawal;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

/**
 * Turns an OFX element tree into statements. Bank ({@code STMTRS}) and credit-card ({@code CCSTMTRS})
 * statements are read wherever they sit in the tree, so message-set wrappers may be missing or misnamed.
 * Error statuses from the bank reject the file; investment statements are refused, never dropped quietly. A row
 * with {@code CORRECTFITID} corrects an earlier one: {@code CORRECTACTION REPLACE} makes it a row replacing that one,
 * {@code DELETE} a withdrawal of it (OFX 1.6 and 2.1, {@code STMTTRN}).
 * Single use: one instance per file.
 */
final class OfxInterpreter {

    private static final String INVESTMENT = "INVSTMTRS";
    private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS", INVESTMENT);

    private final ParseContext context;
    private final List<String> warnings;
    private final List<QuarantinedRow> quarantined = new ArrayList<>();

    OfxInterpreter(ParseContext context, List<String> warnings) {
        this.context = context;
        this.warnings = warnings;
    }

    ParsedFile interpret(OfxElement root) {
        List<OfxElement> aggregates = root.descendants(STATEMENTS::contains);
        if (root.descendants("OFX").isEmpty() && aggregates.isEmpty()) {
            throw rejection(0, "not an OFX file: no <OFX> element was found");
        }
        List<FailedRequest> failedRequests = readStatuses(root);
        List<OfxElement> banking = aggregates.stream().filter(a -> !a.name().equals(INVESTMENT)).toList();
        if (banking.isEmpty() && !failedRequests.isEmpty()) {
            throw rejection(failedRequests.get(0).line(), failedRequests.get(0).reason());
        }
        // Another account's statement arrived: the failed request only costs the statement it asked for.
        failedRequests.forEach(failed -> warnings.add("Line " + failed.line() + ": " + failed.reason()
                + "; that request's statement is not in the file, the other statements were imported"));
        List<OfxElement> investment = aggregates.stream().filter(a -> a.name().equals(INVESTMENT)).toList();
        if (banking.isEmpty() && !investment.isEmpty()) {
            throw rejection(investment.get(0).line(), "investment statements are not supported: the file holds "
                    + investment.size() + " investment statement(s) (INVSTMTRS) and no bank or credit-card statement");
        }
        for (OfxElement statement : investment) {
            quarantined.add(new QuarantinedRow(statement.line(), "statement",
                    "investment statements are not supported; this INVSTMTRS was not imported", statement.toMarkup()));
        }
        List<ParsedStatement> statements = new ArrayList<>();
        for (OfxElement statement : banking) {
            statements.add(statement(statement));
        }
        if (statements.isEmpty()) {
            statements.addAll(listedAccounts(root));
        }
        return new ParsedFile(statements, List.of(), quarantined, warnings);
    }

    /**
     * Reads every response's STATUS: an error at sign-on is thrown at once, the errors of single requests
     * (one account's statement) are returned, and other non-zero codes become warnings.
     */
    private List<FailedRequest> readStatuses(OfxElement root) {
        List<FailedRequest> failedRequests = new ArrayList<>();
        for (OfxElement response : root.descendants(name -> name.equals("SONRS") || name.endsWith("TRNRS"))) {
            Optional<OfxElement> status = response.child("STATUS");
            if (status.isEmpty()) {
                continue;
            }
            String code = status.get().value("CODE").orElse("0");
            Optional<String> severity = status.get().value("SEVERITY");
            boolean error = severity.map("ERROR"::equalsIgnoreCase).orElse(!code.equals("0"));
            String what = response.name().equals("SONRS") ? "at sign-on" : "for the request " + response.name();
            String detail = "code " + OfxValues.shown(code)
                    + severity.map(s -> " (" + OfxValues.shown(s) + ")").orElse("")
                    + status.get().value("MESSAGE").map(m -> ": " + OfxValues.shown(m)).orElse("");
            if (error) {
                FailedRequest failed = new FailedRequest(status.get().line(), "the bank reported an error " + what
                        + ", " + detail);
                if (response.name().equals("SONRS")) {
                    throw rejection(failed.line(), failed.reason());
                }
                failedRequests.add(failed);
            } else if (!code.equals("0")) {
                warnings.add("The bank reported a " + what + " status " + detail);
            }
        }
        return failedRequests;
    }

    private ParsedStatement statement(OfxElement statement) {
        Optional<Currency> stated = within(statement, "CURDEF").map(OfxElement::text).filter(code -> !code.isEmpty())
                .flatMap(code -> currency(code, statement.line()));
        Currency currency = stated.orElseGet(() -> missingCurrency(statement));
        boolean issuerSide = issuerSigned(statement, currency);
        List<ParsedTransaction> transactions = new ArrayList<>();
        List<Withdrawal> withdrawn = new ArrayList<>();
        for (OfxElement transaction : statement.descendants("STMTTRN")) {
            Optional<String> corrected = transaction.value("CORRECTFITID").filter(id -> !id.isEmpty());
            if (corrected.isEmpty()) {
                transaction(transaction, currency, issuerSide).ifPresent(transactions::add);
                continue;
            }
            String action = transaction.value("CORRECTACTION").orElse("").toUpperCase(Locale.ROOT);
            if (action.equals("DELETE")) {
                withdrawn.add(new Withdrawal(transaction.line(), corrected.get()));
            } else if (action.equals("REPLACE")) {
                transaction(transaction, currency, issuerSide).map(row -> row.replacing(corrected.get()))
                        .ifPresent(transactions::add);
            } else {
                // Read as a new row, the replacement would stand beside the row it corrects; as a deletion it
                // could remove a row the bank meant to keep.
                quarantine(transaction, "CORRECTACTION", "CORRECTFITID " + OfxValues.shown(corrected.get())
                        + " needs CORRECTACTION REPLACE or DELETE, found '" + OfxValues.shown(action) + "'");
            }
        }
        Optional<StatedBalance> closing = within(statement, "LEDGERBAL").flatMap(balance -> balance(balance, currency))
                .map(balance -> issuerSide ? new StatedBalance(balance.amount().negate(), balance.date()) : balance);
        return new ParsedStatement(account(statement), stated, Optional.empty(), closing, transactions, withdrawn);
    }

    /**
     * Whether a card statement is written from the issuer's side (purchases positive as {@code DEBIT}, the payment a
     * negative {@code CREDIT}, the sum owed a positive {@code LEDGERBAL}), decided over the whole statement. A file
     * from the holder's side whose {@code TRNTYPE}s are swapped shares the types' signs, so every cue must hold: each
     * {@code DEBIT} positive and each {@code CREDIT} negative, at least one of each, most amounts positive, and a
     * positive closing balance. Where only the balance is missing or not positive, the amounts are read as written
     * with a warning naming what was seen.
     */
    private boolean issuerSigned(OfxElement statement, Currency currency) {
        if (!statement.name().equals("CCSTMTRS")) {
            return false;
        }
        int positive = 0;
        int negative = 0;
        int debits = 0;
        int credits = 0;
        for (OfxElement row : statement.descendants("STMTTRN")) {
            Optional<Money> amount = row.value("TRNAMT").flatMap(text -> OfxValues.amount(text, currency).value());
            if (amount.isEmpty() || amount.get().minorUnits() == 0) {
                continue;
            }
            boolean up = amount.get().minorUnits() > 0;
            String type = row.value("TRNTYPE").orElse("").toUpperCase(Locale.ROOT);
            if (type.equals("DEBIT") && !up || type.equals("CREDIT") && up) {
                return false;
            }
            debits += type.equals("DEBIT") ? 1 : 0;
            credits += type.equals("CREDIT") ? 1 : 0;
            positive += up ? 1 : 0;
            negative += up ? 0 : 1;
        }
        if (debits == 0 || credits == 0 || positive <= negative) {
            return false;
        }
        Optional<Money> owed = within(statement, "LEDGERBAL").flatMap(balance -> balance.value("BALAMT"))
                .flatMap(text -> OfxValues.amount(text, currency).value());
        String where = "The card statement (CCSTMTRS) at line " + statement.line();
        if (owed.isPresent() && owed.get().minorUnits() > 0) {
            warnings.add(where + " is written from the issuer's side: every DEBIT is positive, every CREDIT negative, "
                    + "most amounts positive and the closing balance (LEDGERBAL) a positive sum owed, so its amounts "
                    + "and closing balance were negated (purchases are money out)");
            return true;
        }
        warnings.add(where + " has every DEBIT positive and every CREDIT negative, as an issuer writes them, but its "
                + "closing balance (LEDGERBAL) " + (owed.isEmpty() ? "is missing" : "is not a positive sum owed")
                + ", so which side the amounts are written from is not certain: they were read as written");
        return false;
    }

    /**
     * A part of the statement: its own child, else the first one deeper down, where a bank that left out an
     * end tag (an unclosed {@code BANKTRANLIST}) has pushed it.
     */
    private static Optional<OfxElement> within(OfxElement statement, String name) {
        return statement.child(name).or(() -> statement.descendants(name).stream().findFirst());
    }

    private StatementAccount account(OfxElement statement) {
        boolean card = statement.name().equals("CCSTMTRS");
        Optional<OfxElement> from = within(statement, card ? "CCACCTFROM" : "BANKACCTFROM")
                .or(() -> within(statement, card ? "BANKACCTFROM" : "CCACCTFROM"));
        Optional<String> type = card ? Optional.of("CREDITCARD") : from.flatMap(f -> f.value("ACCTTYPE"));
        return new StatementAccount(from.flatMap(f -> f.value("ACCTID")), from.flatMap(f -> f.value("BANKID")),
                Optional.empty(), type);
    }

    /** A statement without CURDEF: the currency its rows state, else the account's, else it cannot be read. */
    private Currency missingCurrency(OfxElement statement) {
        Set<Currency> rowCurrencies = new LinkedHashSet<>();
        for (OfxElement transaction : statement.descendants("STMTTRN")) {
            rowCurrency(transaction).ifPresent(rowCurrencies::add);
        }
        String where = "The " + statement.name() + " at line " + statement.line() + " states no currency (CURDEF)";
        if (rowCurrencies.size() == 1) {
            Currency currency = rowCurrencies.iterator().next();
            warnings.add(where + "; its transactions state " + currency.getCurrencyCode() + ", which was used");
            return currency;
        }
        if (context.defaultCurrency().isPresent()) {
            Currency currency = context.defaultCurrency().get();
            warnings.add(where + "; the account currency " + currency.getCurrencyCode() + " was used");
            return currency;
        }
        throw rejection(statement.line(), "the " + statement.name() + " states no currency (CURDEF) and no account "
                + "currency was given, so its amounts cannot be read");
    }

    private Optional<ParsedTransaction> transaction(OfxElement transaction, Currency statementCurrency,
                                                    boolean issuerSide) {
        Optional<String> posted = transaction.value("DTPOSTED");
        if (posted.isEmpty()) {
            return quarantine(transaction, "date", "DTPOSTED (the booking date) is missing");
        }
        OfxValues.Read<LocalDate> date = OfxValues.date(posted.get());
        if (date.value().isEmpty()) {
            return quarantine(transaction, "date", "DTPOSTED " + date.problem());
        }
        Optional<String> trnamt = transaction.value("TRNAMT");
        if (trnamt.isEmpty()) {
            return quarantine(transaction, "amount", "TRNAMT (the amount) is missing");
        }
        Currency currency = rowCurrency(transaction).orElse(statementCurrency);
        OfxValues.Read<Money> amount = OfxValues.amount(trnamt.get(), currency);
        if (amount.value().isEmpty()) {
            return quarantine(transaction, "amount", "TRNAMT " + amount.problem());
        }
        Optional<String> name = transaction.value("NAME")
                .or(() -> transaction.child("PAYEE").flatMap(payee -> payee.value("NAME")))
                .or(() -> transaction.value("EXTDNAME"))
                .map(OfxEntities::decode);
        Optional<String> memo = transaction.value("MEMO").map(OfxEntities::decode);
        Optional<LocalDate> valueDate = transaction.value("DTAVAIL").flatMap(text -> OfxValues.date(text).value())
                .filter(available -> !available.equals(date.value().get()));
        return Optional.of(new ParsedTransaction(transaction.line(), date.value().get(), valueDate,
                issuerSide ? amount.value().get().negate() : amount.value().get(), OfxDescriptor.join(name, memo), name, memo, transaction.value("FITID"), false,
                Optional.empty()));
    }

    /**
     * The currency a row states in its own {@code CURRENCY} aggregate: its amounts are then in that currency.
     * {@code ORIGCURRENCY} only records where the amount came from, so it is ignored.
     */
    private Optional<Currency> rowCurrency(OfxElement transaction) {
        return transaction.child("CURRENCY").flatMap(c -> c.value("CURSYM"))
                .flatMap(code -> currency(code, transaction.line()));
    }

    private Optional<StatedBalance> balance(OfxElement balance, Currency currency) {
        String where = "The closing balance (LEDGERBAL) at line " + balance.line();
        Optional<String> amountText = balance.value("BALAMT");
        if (amountText.isEmpty()) {
            warnings.add(where + " has no amount; it was ignored");
            return Optional.empty();
        }
        OfxValues.Read<Money> amount = OfxValues.amount(amountText.get(), currency);
        if (amount.value().isEmpty()) {
            warnings.add(where + " is unreadable: " + amount.problem() + "; it was ignored");
            return Optional.empty();
        }
        Optional<LocalDate> asOf = balance.value("DTASOF").flatMap(text -> OfxValues.date(text).value());
        if (asOf.isEmpty()) {
            warnings.add(where + " has no readable date (DTASOF); it was ignored");
            return Optional.empty();
        }
        return Optional.of(new StatedBalance(amount.value().get(), asOf.get()));
    }

    /** An account-information response lists accounts without statements; each becomes an empty statement. */
    private List<ParsedStatement> listedAccounts(OfxElement root) {
        List<ParsedStatement> accounts = new ArrayList<>();
        for (OfxElement info : root.descendants("ACCTINFO")) {
            Optional<OfxElement> bank = info.descendants("BANKACCTFROM").stream().findFirst();
            Optional<OfxElement> card = info.descendants("CCACCTFROM").stream().findFirst();
            Optional<OfxElement> from = bank.or(() -> card);
            if (from.isEmpty()) {
                continue;
            }
            Optional<String> type = bank.isPresent() ? from.get().value("ACCTTYPE") : Optional.of("CREDITCARD");
            StatementAccount account = new StatementAccount(from.get().value("ACCTID"), from.get().value("BANKID"),
                    info.value("DESC"), type);
            accounts.add(new ParsedStatement(account, Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        }
        warnings.add(accounts.isEmpty()
                ? "The file holds no bank or credit-card statement, so there is nothing to import"
                : "The file lists " + accounts.size() + " account(s) but holds no statement; "
                        + "they carry no transactions");
        return accounts;
    }

    private Optional<Currency> currency(String code, int line) {
        try {
            Currency currency = Money.currency(code);
            Money.zero(currency);
            return Optional.of(currency);
        } catch (IllegalArgumentException e) {
            warnings.add("Line " + line + ": '" + OfxValues.shown(code) + "' is not a currency code; it was ignored");
            return Optional.empty();
        }
    }

    private Optional<ParsedTransaction> quarantine(OfxElement transaction, String field, String reason) {
        quarantined.add(new QuarantinedRow(transaction.line(), field, reason, transaction.toMarkup()));
        return Optional.empty();
    }

    private StatementParseException rejection(int line, String reason) {
        return new StatementParseException(context.fileName(), line, reason);
    }

    /** A response whose STATUS is an error: the line of that STATUS and what the bank said. */
    private record FailedRequest(int line, String reason) {
    }
}
