package org.myknees.adapter.bankformat.camt;

import java.time.LocalDate;
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
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/**
 * Builds statements from a CAMT.052, .053 or .054 message, one per {@code Rpt}, {@code Stmt} or {@code Ntfctn}.
 * The document must carry a {@code camt.05x.001.NN} namespace matching its message; elements are then read by
 * local name, so every version reads alike. The opening balance is {@code OPBD}, else {@code PRCD}; the closing
 * balance is {@code CLBD}; other balance types are not kept. An entry that cannot be read is quarantined with
 * its line; a balance that cannot be read (a missing date, more decimals than its currency has) is dropped
 * with a warning, and the rest of the file still imports.
 */
final class CamtReader {

    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.001\\.[0-9]{2}");

    private final ParseContext context;
    private final List<QuarantinedRow> quarantined = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private CamtReader(ParseContext context) {
        this.context = context;
    }

    static ParsedFile read(byte[] content, ParseContext context, ImportFormat expected) {
        CamtReader reader = new CamtReader(context);
        XmlElement root = XmlTreeReader.read(content, context.charset(), context.fileName(), reader.warnings::add);
        Message found = reader.message(root);
        XmlElement message = found.element();
        CamtMessage type = found.type();
        List<XmlElement> records = message.children(type.recordElement());
        if (records.isEmpty()) {
            throw reader.reject(message.line(), "the " + message.name() + " message holds no " + type.recordElement()
                    + ", so there is nothing to import");
        }
        if (!type.format().equals(expected)) {
            reader.warnings.add(context.fileName() + ": the file is a " + type.format() + " " + type.description()
                    + ", read as " + expected);
        }
        Optional<LocalDate> created = CamtValues.day(message.text("GrpHdr", "CreDtTm"));
        List<ParsedStatement> statements = new ArrayList<>();
        for (XmlElement record : records) {
            statements.add(reader.statement(record, created));
        }
        return new ParsedFile(statements, List.of(), reader.quarantined, reader.warnings);
    }

    private record Message(XmlElement element, CamtMessage type) {
    }

    private Message message(XmlElement root) {
        XmlElement message = CamtMessage.byElement(root.name()).isPresent() ? root : null;
        if (message == null && root.name().equals("Document")) {
            message = root.children().stream().filter(c -> CamtMessage.byElement(c.name()).isPresent()).findFirst()
                    .orElse(null);
        }
        if (message == null) {
            throw reject(root.line(), "<" + root.name() + "> holds no BkToCstmrAcctRpt, BkToCstmrStmt or "
                    + "BkToCstmrDbtCdtNtfctn message, so the file is not CAMT.052/053/054");
        }
        String namespace = message.namespace();
        Matcher version = NAMESPACE.matcher(namespace);
        if (!version.matches()) {
            throw reject(root.line(), namespace.isEmpty()
                    ? "the document declares no namespace, so its CAMT message and version are unknown"
                    : "namespace '" + namespace + "' is not a CAMT.052/053/054 namespace "
                            + "(urn:iso:std:iso:20022:tech:xsd:camt.05x.001.NN)");
        }
        CamtMessage type = CamtMessage.byElement(message.name()).orElseThrow();
        if (!type.number().equals(version.group(1))) {
            throw reject(message.line(), "the namespace declares camt." + version.group(1) + " but the message is "
                    + message.name() + " (camt." + type.number() + ")");
        }
        return new Message(message, type);
    }

    private ParsedStatement statement(XmlElement record, Optional<LocalDate> messageCreated) {
        Optional<XmlElement> account = record.at("Acct");
        Optional<Currency> currency = account.flatMap(a -> a.text("Ccy")).flatMap(CamtValues::currency)
                .or(() -> firstCurrency(record))
                .or(context::defaultCurrency);
        Optional<StatedBalance> opening = balance(record, "OPBD", currency)
                .or(() -> balance(record, "PRCD", currency));
        Optional<StatedBalance> closing = balance(record, "CLBD", currency);
        Optional<LocalDate> created = CamtValues.day(record.text("CreDtTm")).or(() -> messageCreated);
        CamtEntryReader.Scope scope = new CamtEntryReader.Scope(currency, created,
                warning -> warnings.add(context.fileName() + ": " + warning));
        List<ParsedTransaction> transactions = new ArrayList<>();
        for (XmlElement entry : record.children("Ntry")) {
            try {
                transactions.addAll(CamtEntryReader.read(entry, scope));
            } catch (CamtFieldException e) {
                quarantined.add(new QuarantinedRow(entry.line(), "Ntry/" + e.field(), e.getMessage(), entry.toXml()));
            }
        }
        return new ParsedStatement(account.map(CamtReader::account).orElse(StatementAccount.unnamed()), currency,
                opening, closing, transactions);
    }

    private static StatementAccount account(XmlElement account) {
        Optional<String> identifier = account.text("Id", "IBAN")
                .or(() -> account.text("Id", "Othr", "Id"))
                .or(() -> account.text("Id", "PrtryAcct", "Id"))
                .or(() -> account.text("Id", "BBAN"));
        Optional<String> bank = account.text("Svcr", "FinInstnId", "BICFI")
                .or(() -> account.text("Svcr", "FinInstnId", "BIC"))
                .or(() -> account.text("Svcr", "FinInstnId", "ClrSysMmbId", "MmbId"))
                .or(() -> account.text("Svcr", "FinInstnId", "Othr", "Id"));
        Optional<String> type = account.text("Tp", "Cd").or(() -> account.text("Tp", "Prtry"));
        return new StatementAccount(identifier, bank, account.text("Nm"), type);
    }

    private static Optional<Currency> firstCurrency(XmlElement record) {
        for (String holder : List.of("Bal", "Ntry")) {
            for (XmlElement element : record.children(holder)) {
                Optional<Currency> currency = element.at("Amt").flatMap(a -> a.attribute("Ccy"))
                        .flatMap(CamtValues::currency);
                if (currency.isPresent()) {
                    return currency;
                }
            }
        }
        return Optional.empty();
    }

    /** The first balance of the given type ({@code Tp/CdOrPrtry/Cd}, or {@code Tp/Cd} in version 1). */
    private Optional<StatedBalance> balance(XmlElement record, String code, Optional<Currency> currency) {
        for (XmlElement balance : record.children("Bal")) {
            Optional<String> type = balance.text("Tp", "CdOrPrtry", "Cd").or(() -> balance.text("Tp", "Cd"));
            if (type.isPresent() && type.get().equals(code)) {
                try {
                    Money amount = CamtValues.signed(CamtValues.amount(balance.at("Amt").orElseThrow(
                            () -> new CamtFieldException("Amt", "the balance has no amount")), currency),
                            balance.text("CdtDbtInd").orElse("CRDT"));
                    LocalDate date = CamtValues.date(balance.at("Dt")).orElseThrow(
                            () -> new CamtFieldException("Dt", "the balance has no date"));
                    return Optional.of(new StatedBalance(amount, date));
                } catch (CamtFieldException e) {
                    warnings.add(context.fileName() + ":" + balance.line() + ": the " + code + " balance was not read ("
                            + e.field() + ": " + e.getMessage() + ")");
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private StatementParseException reject(int line, String reason) {
        return new StatementParseException(context.fileName(), line, reason);
    }
}
