package org.myknees.adapter.bankformat.camt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.domain.money.Money;

/**
 * Turns one {@code Ntry} into transactions. A batch entry whose {@code TxDtls} each state an amount in the
 * entry's currency, adding up to the entry amount, becomes one transaction per detail; any other entry becomes
 * one transaction, described by its details. The other party is the debtor of money received and the creditor
 * of money paid, the other way round for a reversal or a return. The row's id is the most specific bank
 * reference: the detail's {@code AcctSvcrRef}, the entry's {@code AcctSvcrRef} or {@code NtryRef}, then the
 * detail's {@code TxId}, {@code EndToEndId}, {@code UETR} or proprietary reference ({@code NONREF} and {@code
 * NOTPROVIDED} are no references).
 */
final class CamtEntryReader {

    private static final Set<String> NO_REFERENCE = Set.of("NONREF", "NOTPROVIDED");

    private CamtEntryReader() {
    }

    /**
     * What an entry takes from its statement: the currency that {@code XXX} amounts stand for, the date for
     * entries that give none (the statement's creation), and where warnings go.
     */
    record Scope(Optional<Currency> currency, Optional<LocalDate> created, Consumer<String> warn) {
    }

    static List<ParsedTransaction> read(XmlElement entry, Scope scope) throws CamtFieldException {
        Money amount = CamtValues.signed(CamtValues.amount(entry.at("Amt").orElseThrow(
                () -> new CamtFieldException("Amt", "the entry has no amount")), scope.currency()), indicator(entry));
        Booking booking = booking(entry, scope);
        Optional<String> entryReference = reference(entry.text("AcctSvcrRef")).or(() -> reference(entry.text("NtryRef")));
        Optional<String> entryInfo = entry.text("AddtlNtryInf");
        List<XmlElement> details = new ArrayList<>();
        entry.children("NtryDtls").forEach(d -> details.addAll(d.children("TxDtls")));

        List<Money> split = split(details, amount, entry.line(), scope);
        if (split.isEmpty()) {
            Optional<XmlElement> only = details.size() == 1 ? Optional.of(details.get(0)) : Optional.empty();
            Optional<String> reference = only.flatMap(d -> reference(d.text("Refs", "AcctSvcrRef")))
                    .or(() -> entryReference)
                    .or(() -> only.flatMap(CamtEntryReader::detailReference));
            Optional<String> info = entryInfo.or(() -> only.flatMap(d -> d.text("AddtlTxInf")));
            return List.of(transaction(entry.line(), booking, amount, info, details, reference));
        }
        List<Optional<String>> references = details.stream().map(CamtEntryReader::detailReference).toList();
        boolean distinct = references.stream().allMatch(Optional::isPresent)
                && references.stream().distinct().count() == references.size();
        List<ParsedTransaction> transactions = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            XmlElement detail = details.get(i);
            String position = "/" + (i + 1);
            Optional<String> reference = distinct ? references.get(i) : entryReference.map(r -> r + position);
            transactions.add(transaction(detail.line(), booking, split.get(i),
                    detail.text("AddtlTxInf").or(() -> entryInfo), List.of(detail), reference));
        }
        return transactions;
    }

    /** When and how an entry was booked; shared by the transactions of a batch. */
    private record Booking(LocalDate date, Optional<LocalDate> valueDate, boolean pending, boolean reversal) {
    }

    /**
     * The booking date is the entry's, else its value date, else (with a warning) the date the statement was
     * created. Any status but BOOK (PDNG, INFO, FUTR) means the entry is not booked yet.
     */
    private static Booking booking(XmlElement entry, Scope scope) throws CamtFieldException {
        Optional<LocalDate> valueDate = CamtValues.date(entry.at("ValDt"));
        Optional<LocalDate> booked = CamtValues.date(entry.at("BookgDt")).or(() -> valueDate);
        if (booked.isEmpty()) {
            booked = Optional.of(scope.created().orElseThrow(() -> new CamtFieldException("BookgDt",
                    "the entry has neither a booking date nor a value date, and the statement no creation date")));
            scope.warn().accept("entry at line " + entry.line() + " has neither a booking date nor a value date; "
                    + "it is dated " + booked.get() + ", when the statement was created");
        }
        LocalDate date = booked.get();
        boolean pending = entry.text("Sts").or(() -> entry.text("Sts", "Cd")).map(s -> !s.equals("BOOK"))
                .orElse(false);
        boolean reversal = entry.text("RvslInd").map("true"::equalsIgnoreCase).orElse(false);
        return new Booking(date, valueDate.filter(value -> !value.equals(date)), pending, reversal);
    }

    private static ParsedTransaction transaction(int line, Booking booking, Money amount, Optional<String> info,
                                                 List<XmlElement> details, Optional<String> reference) {
        Optional<String> counterparty = counterparty(details, amount, booking.reversal());
        Optional<String> remittance = remittance(details);
        Set<String> parts = new LinkedHashSet<>();
        info.ifPresent(parts::add);
        counterparty.ifPresent(parts::add);
        ultimateParty(details, amount, booking.reversal()).ifPresent(parts::add);
        remittance.ifPresent(parts::add);
        return new ParsedTransaction(line, booking.date(), booking.valueDate(), amount, String.join(" ", parts),
                counterparty, remittance, reference, booking.pending(), Optional.empty());
    }

    private static String indicator(XmlElement holder) throws CamtFieldException {
        return holder.text("CdtDbtInd").orElseThrow(() -> new CamtFieldException("CdtDbtInd",
                "the entry does not say whether it is a credit or a debit"));
    }

    /** The per-detail amounts, or an empty list when the entry is to stay one transaction. */
    private static List<Money> split(List<XmlElement> details, Money total, int line, Scope scope) {
        if (details.size() < 2) {
            return List.of();
        }
        List<Money> parts = new ArrayList<>();
        long sum = 0;
        for (XmlElement detail : details) {
            Optional<XmlElement> element = detail.at("Amt").or(() -> detail.at("AmtDtls", "TxAmt", "Amt"));
            if (element.isEmpty()) {
                return List.of();
            }
            try {
                Money unsigned = CamtValues.amount(element.get(), scope.currency());
                if (!unsigned.isSameCurrency(total)) {
                    return List.of();
                }
                Optional<String> indicator = detail.text("CdtDbtInd");
                Money part = indicator.isPresent() ? CamtValues.signed(unsigned, indicator.get())
                        : total.isNegative() ? unsigned.negate() : unsigned;
                parts.add(part);
                sum = Math.addExact(sum, part.minorUnits());
            } catch (CamtFieldException | ArithmeticException unreadable) {
                return List.of();
            }
        }
        if (sum != total.minorUnits()) {
            scope.warn().accept("entry at line " + line + ": its " + details.size() + " transaction details add up to "
                    + Money.ofMinor(sum, total.currency()) + ", not the entry amount " + total
                    + "; imported as one transaction");
            return List.of();
        }
        return parts;
    }

    private static Optional<String> counterparty(List<XmlElement> details, Money amount, boolean reversal) {
        Set<String> names = new LinkedHashSet<>();
        for (XmlElement detail : details) {
            String other = otherRole(detail, amount, reversal);
            String own = other.equals("Dbtr") ? "Cdtr" : "Dbtr";
            // Some banks name only one party; it is then taken as the other one.
            for (String role : List.of(other, own, "Ultmt" + other, "Ultmt" + own)) {
                Optional<String> name = partyName(detail, role);
                if (name.isPresent()) {
                    names.add(name.get());
                    break;
                }
            }
        }
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }

    /**
     * The other side's ultimate party where it differs from the party named on the account: a QR-bill or a
     * payment service collects for the real payee (UltmtCdtr), a payroll bureau pays for the employer
     * (UltmtDbtr). The descriptor then holds both names, so neither the agent nor the payee is lost.
     */
    private static Optional<String> ultimateParty(List<XmlElement> details, Money amount, boolean reversal) {
        Set<String> names = new LinkedHashSet<>();
        for (XmlElement detail : details) {
            String other = otherRole(detail, amount, reversal);
            Optional<String> immediate = partyName(detail, other);
            partyName(detail, "Ultmt" + other).filter(name -> immediate.isPresent() && !immediate.get().equals(name))
                    .ifPresent(names::add);
        }
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }

    private static String otherRole(XmlElement detail, Money amount, boolean reversal) {
        boolean reversed = reversal || detail.at("RtrInf").isPresent();
        return amount.isNegative() == reversed ? "Dbtr" : "Cdtr";
    }

    private static Optional<String> partyName(XmlElement detail, String role) {
        return detail.at("RltdPties", role).flatMap(p -> p.text("Nm").or(() -> p.text("Pty", "Nm")));
    }

    private static Optional<String> remittance(List<XmlElement> details) {
        Set<String> texts = new LinkedHashSet<>();
        for (XmlElement detail : details) {
            for (XmlElement information : detail.children("RmtInf")) {
                List<String> parts = new ArrayList<>();
                information.children("Ustrd").forEach(u -> u.text().ifPresent(parts::add));
                if (parts.isEmpty()) {
                    for (XmlElement structured : information.children("Strd")) {
                        structured.text("CdtrRefInf", "Ref").ifPresent(parts::add);
                        structured.children("AddtlRmtInf").forEach(a -> a.text().ifPresent(parts::add));
                    }
                }
                if (!parts.isEmpty()) {
                    texts.add(String.join(" ", parts));
                }
            }
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }

    private static Optional<String> detailReference(XmlElement detail) {
        return reference(detail.text("Refs", "AcctSvcrRef"))
                .or(() -> reference(detail.text("Refs", "TxId")))
                .or(() -> reference(detail.text("Refs", "EndToEndId")))
                .or(() -> reference(detail.text("Refs", "UETR")))
                .or(() -> reference(detail.text("Refs", "Prtry", "Ref")));
    }

    private static Optional<String> reference(Optional<String> value) {
        return value.filter(v -> !NO_REFERENCE.contains(v.toUpperCase(Locale.ROOT)));
    }
}
