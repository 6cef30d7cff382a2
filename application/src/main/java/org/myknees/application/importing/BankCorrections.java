package org.myknees.application.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.myknees.application.importing.port.in.ImportReport.CorrectionOutcome;
import org.myknees.application.importing.port.in.ImportReport.CorrectionRow;
import org.myknees.application.importing.port.out.AppliedCorrection;
import org.myknees.application.importing.port.out.ParsedStatement.Withdrawal;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.transaction.BankFields;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The corrections one file's bank sent (rows replacing rows it sent before, withdrawals of rows), worked out before
 * the rows are judged, and how each row of the file is settled by them. Only a file that holds corrections has one:
 * an ordinary file (every CSV) pays nothing for it. Bank ids are unique within their account only, so every key is
 * the account and the id.
 *
 * <p>Within the file the last word wins: a row whose bank id a correction names is not added (the correction stands
 * instead of it), a replacement of a replacement corrects the row the first one named, a row replaced twice takes the
 * last replacement, and a withdrawal of a row that a row of the file replaces changes nothing (Plaid withdraws a
 * pending row when it sends its posted form). Against the store: a replacement restates the stored row with the
 * bank's fields and keeps every person's edit ({@link ImportStatementService#restated}); a withdrawal removes the
 * stored row unless a person edited it. A correction naming a row that is stored nowhere loses nothing: the
 * replacing row is judged as an ordinary row, the withdrawal removes nothing, and a warning says so.
 */
final class BankCorrections {

    /** How a row of the file is settled before the duplicate policy sees it. */
    sealed interface Settled {
    }

    /** The row is judged by the duplicate policy like any other. */
    record AsUsual() implements Settled {
    }

    /** The row corrects a row that is not stored: it is judged by the duplicate policy, and the outcome says why. */
    record JudgedAsUsual(CorrectionRow outcome) implements Settled {
    }

    /** The row adds nothing, for the reason given. */
    record Superseded(String reason) implements Settled {
    }

    /** The row restates the stored transaction {@code before} as {@code after}. */
    record Replaces(int line, Transaction before, Transaction after, String reason) implements Settled {
    }

    private static final Settled AS_USUAL = new AsUsual();

    /** A line of the file that makes a row with some bank id superfluous, and how. */
    private record Supersession(int line, String how) {
    }

    /** A correction of the file, with the account it concerns. */
    record Stated<T>(T correction, AccountId account) {
    }

    private final Map<String, Supersession> supersededBy = new HashMap<>();
    /** For a replacing row with a bank id of its own: the id it replaces, to follow a chain of replacements. */
    private final Map<String, String> replacedIdOf = new HashMap<>();
    /** The line of the replacing row that wins for a row (the last one of the file). */
    private final Map<String, Integer> lastReplacement = new HashMap<>();
    private final Set<Integer> activeReplacements = new HashSet<>();
    private final Map<String, Transaction> stored = new HashMap<>();
    private final Map<AccountId, Set<String>> wanted = new LinkedHashMap<>();
    private final Set<String> consumed = new HashSet<>();
    private final List<Stated<Withdrawal>> withdrawals;
    private final Set<String> rowIds;
    private final List<Integer> notStoredReplacements = new ArrayList<>();

    /**
     * @param replacing   the rows of the file that replace earlier ones, in file order
     * @param withdrawals the withdrawals of the file, in file order
     * @param rowIds      the keys ({@link #key}) of every bank id the file's rows carry
     */
    BankCorrections(List<Stated<ParsedTransaction>> replacing, List<Stated<Withdrawal>> withdrawals, Set<String> rowIds) {
        this.withdrawals = List.copyOf(withdrawals);
        this.rowIds = rowIds;
        for (Stated<ParsedTransaction> stated : replacing) {
            ParsedTransaction row = stated.correction();
            String replaces = row.replaces().orElseThrow();
            row.externalId().filter(own -> !own.equals(replaces))
                    .ifPresent(own -> replacedIdOf.put(key(stated.account(), own), replaces));
        }
        for (Stated<ParsedTransaction> stated : replacing) {
            ParsedTransaction row = stated.correction();
            String target = target(stated.account(), row.replaces().orElseThrow());
            lastReplacement.put(key(stated.account(), target), row.line());
            supersededBy.put(key(stated.account(), row.replaces().get()),
                    new Supersession(row.line(), "the bank replaced it at line " + row.line()));
        }
        for (Stated<Withdrawal> stated : withdrawals) {
            Withdrawal withdrawal = stated.correction();
            supersededBy.put(key(stated.account(), withdrawal.externalId()),
                    new Supersession(withdrawal.line(), "the bank withdrew it at line " + withdrawal.line()));
        }
        for (Stated<ParsedTransaction> stated : replacing) {
            ParsedTransaction row = stated.correction();
            AccountId account = stated.account();
            String target = target(account, row.replaces().get());
            if (supersession(row, account) == null && lastReplacement.get(key(account, target)) == row.line()) {
                activeReplacements.add(row.line());
                want(account, target);
                row.externalId().ifPresent(own -> want(account, own));
            }
        }
        for (Stated<Withdrawal> stated : withdrawals) {
            want(stated.account(), target(stated.account(), stated.correction().externalId()));
        }
    }

    /** The key of a bank id in an account. */
    static String key(AccountId account, String externalId) {
        return account.value() + "|" + externalId;
    }

    /** Whether a correction of the file names this bank id of the account (replaces or withdraws it). */
    boolean names(AccountId account, String externalId) {
        return supersededBy.containsKey(key(account, externalId));
    }

    /** A stored transaction, looked up for the corrections; ignored unless one of them wants its bank id. */
    void offer(Transaction tx) {
        if (tx.externalId().isPresent() && wanted.getOrDefault(tx.accountId(), Set.of()).contains(tx.externalId().get())) {
            stored.putIfAbsent(key(tx.accountId(), tx.externalId().get()), tx);
        }
    }

    /** The bank ids the corrections want, per account, of which no stored transaction was offered yet. */
    Map<AccountId, List<String>> missing() {
        Map<AccountId, List<String>> missing = new LinkedHashMap<>();
        wanted.forEach((account, ids) -> {
            List<String> absent = ids.stream().filter(id -> !stored.containsKey(key(account, id))).sorted().toList();
            if (!absent.isEmpty()) {
                missing.put(account, absent);
            }
        });
        return missing;
    }

    /**
     * Whether a correction replaces or withdraws this stored transaction: the duplicate policy must not match a row of
     * the file with it.
     */
    boolean isTarget(Transaction tx) {
        return tx.externalId().map(id -> stored.get(key(tx.accountId(), id)) == tx).orElse(false);
    }

    /**
     * Settles the withdrawals, before any row is judged: each removes its stored row, or is kept, in the file, or
     * not stored. Returns the stored transactions to remove; adds to {@code outcomes} and {@code warnings}.
     */
    List<AppliedCorrection.Withdrawn> withdraw(List<CorrectionRow> outcomes, List<String> warnings) {
        List<AppliedCorrection.Withdrawn> removed = new ArrayList<>();
        List<String> notStored = new ArrayList<>();
        for (Stated<Withdrawal> stated : withdrawals) {
            Withdrawal withdrawal = stated.correction();
            AccountId account = stated.account();
            String target = target(account, withdrawal.externalId());
            String key = key(account, target);
            Integer replacement = lastReplacement.get(key);
            Transaction tx = stored.get(key);
            if (replacement != null && activeReplacements.contains(replacement)) {
                outcomes.add(new CorrectionRow(withdrawal.line(), CorrectionOutcome.IN_FILE, "bank id "
                        + withdrawal.externalId() + " is replaced at line " + replacement + " of this file, which stands"));
            } else if (tx != null && !consumed.add(key)) {
                outcomes.add(new CorrectionRow(withdrawal.line(), CorrectionOutcome.IN_FILE, "bank id "
                        + withdrawal.externalId() + " was withdrawn earlier in this file"));
            } else if (tx != null && tx.isEditedByPerson()) {
                outcomes.add(new CorrectionRow(withdrawal.line(), CorrectionOutcome.KEPT, "the bank withdrew bank id "
                        + withdrawal.externalId() + " but a person edited transaction " + tx.id() + "; it was kept"));
                warnings.add("Line " + withdrawal.line() + ": the bank withdrew the transaction of " + tx.bookingDate()
                        + " (" + tx.amount() + ", '" + tx.rawDescriptor() + "', bank id " + withdrawal.externalId()
                        + "), but it was kept because a person edited it; delete it by hand if the bank is right");
            } else if (tx != null) {
                removed.add(new AppliedCorrection.Withdrawn(withdrawal.line(), tx));
                outcomes.add(new CorrectionRow(withdrawal.line(), CorrectionOutcome.WITHDRAWN, "the bank withdrew "
                        + "bank id " + withdrawal.externalId() + ": removed the transaction of " + tx.bookingDate()
                        + " (" + tx.amount() + ", '" + tx.rawDescriptor() + "')"));
            } else if (rowIds.contains(key(account, withdrawal.externalId()))) {
                outcomes.add(new CorrectionRow(withdrawal.line(), CorrectionOutcome.IN_FILE, "bank id "
                        + withdrawal.externalId() + " is a row of this file, which is not added"));
            } else {
                outcomes.add(new CorrectionRow(withdrawal.line(), CorrectionOutcome.NOT_STORED, "no transaction with "
                        + "bank id " + withdrawal.externalId() + " is stored in the account; nothing was removed"));
                notStored.add(withdrawal.externalId() + " (line " + withdrawal.line() + ")");
            }
        }
        if (!notStored.isEmpty()) {
            warnings.add(notStored.size() + " withdrawal(s) name bank ids not stored in their account, so nothing was "
                    + "removed for them: " + shortList(notStored));
        }
        return removed;
    }

    /**
     * How a row of the file is settled: superseded by a correction of the file, a replacement of a stored row, or
     * judged as usual (an ordinary row, or a replacement of a row stored nowhere). Rows must come in file order.
     */
    Settled settle(ParsedTransaction row, AccountId account, String normalizedDescriptor, List<String> warnings) {
        Supersession supersession = supersession(row, account);
        if (supersession != null) {
            return new Superseded("bank id " + row.externalId().orElse("") + ": " + supersession.how()
                    + ", which stands instead");
        }
        if (row.replaces().isEmpty()) {
            return AS_USUAL;
        }
        String target = target(account, row.replaces().get());
        Integer last = lastReplacement.get(key(account, target));
        if (last != row.line()) {
            return new Superseded("the correction of bank id " + target + " is replaced again at line " + last);
        }
        Transaction before = stored.get(key(account, target));
        Transaction ownStored = row.externalId().map(own -> stored.get(key(account, own))).orElse(null);
        if (ownStored != null && ownStored != before) {
            return new Superseded("the correction's own bank id " + row.externalId().get() + " is already stored "
                    + "(the correction was imported before)");
        }
        if (before == null && rowIds.contains(key(account, target))) {
            return new JudgedAsUsual(new CorrectionRow(row.line(), CorrectionOutcome.IN_FILE, "bank id " + target
                    + " is a row of this file, which is not added; this row is judged instead"));
        }
        if (before == null || consumed.contains(key(account, target))) {
            notStoredReplacements.add(row.line());
            return new JudgedAsUsual(new CorrectionRow(row.line(), CorrectionOutcome.NOT_STORED, "no transaction with "
                    + "bank id " + target + " is stored in the account; the row was judged as an ordinary row"));
        }
        BankFields bank = new BankFields(row.bookingDate(), row.valueDate(), row.amount(), row.rawDescriptor(),
                normalizedDescriptor, row.pending() ? TransactionStatus.PENDING : TransactionStatus.POSTED,
                row.externalId().or(before::externalId));
        if (bank.equals(before.bankFields())) {
            return new Superseded("bank id " + target + " is already stored as the bank now states it");
        }
        consumed.add(key(account, target));
        return new Replaces(row.line(), before, ImportStatementService.restated(before, bank, row.line(), warnings),
                "the bank corrected bank id " + target + ": the transaction of " + before.bookingDate() + " ("
                        + before.amount() + ", '" + before.rawDescriptor() + "') now reads " + row.bookingDate() + " ("
                        + row.amount() + ", '" + row.rawDescriptor() + "')" + (row.pending() ? ", pending" : ""));
    }

    /**
     * The warning about the replacing rows judged so far whose row is stored nowhere (they were judged as ordinary
     * rows), if any.
     */
    List<String> notStoredWarning() {
        if (notStoredReplacements.isEmpty()) {
            return List.of();
        }
        return List.of(notStoredReplacements.size() + " row(s) correct a bank id not stored in their account, so they "
                + "were judged as ordinary rows: lines " + shortList(notStoredReplacements.stream().map(String::valueOf)
                .toList()));
    }

    private Supersession supersession(ParsedTransaction row, AccountId account) {
        if (row.externalId().isEmpty()) {
            return null;
        }
        Supersession by = supersededBy.get(key(account, row.externalId().get()));
        return by == null || by.line() == row.line() ? null : by;
    }

    /** The bank id a correction finally names: a replacing row of the file stands for the row it replaced. */
    private String target(AccountId account, String externalId) {
        String target = externalId;
        Set<String> seen = new HashSet<>();
        for (String earlier = replacedIdOf.get(key(account, target)); earlier != null && seen.add(target);
             earlier = replacedIdOf.get(key(account, target))) {
            target = earlier;
        }
        return target;
    }

    private void want(AccountId account, String externalId) {
        wanted.computeIfAbsent(account, a -> new HashSet<>()).add(externalId);
    }

    private static String shortList(Collection<String> items) {
        List<String> shown = items.stream().limit(10).toList();
        return String.join(", ", shown) + (items.size() > shown.size() ? " and " + (items.size() - shown.size())
                + " more" : "");
    }
}
