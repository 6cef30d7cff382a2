package org.myknees.domain.importing;

import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * Decides which incoming rows are already stored, in this order:
 * <ol>
 *   <li>the bank's own id (FITID, CAMT reference, aggregator id) in the same account: a duplicate, or the
 *       posted form of a stored pending row;</li>
 *   <li>occurrence counts per (account, date, amount, normalized descriptor): if the store holds k such rows
 *       and the file n, the first min(k, n) are duplicates and the rest are new, so two genuine identical
 *       coffees on one day are both kept while importing the same file again adds nothing. Rows that both
 *       carry bank ids are never matched this way: different ids mean different transactions;</li>
 *   <li>a posted row with no match replaces a stored pending row of the same account and amount booked at
 *       most {@code pendingWindowDays} earlier (or one day later).</li>
 * </ol>
 * Each stored transaction is matched at most once. The policy is pure: it sees the stored rows it is given.
 */
public final class DuplicatePolicy {

    public static final int DEFAULT_PENDING_WINDOW_DAYS = 5;

    /** One instance for every new row: a large file holds a verdict per row while it is judged. */
    private static final DuplicateVerdict NEW = new DuplicateVerdict.New();

    private final int pendingWindowDays;

    public DuplicatePolicy(int pendingWindowDays) {
        if (pendingWindowDays < 0) {
            throw new IllegalArgumentException("The pending window cannot be negative");
        }
        this.pendingWindowDays = pendingWindowDays;
    }

    public static DuplicatePolicy standard() {
        return new DuplicatePolicy(DEFAULT_PENDING_WINDOW_DAYS);
    }

    public int pendingWindowDays() {
        return pendingWindowDays;
    }

    /**
     * Judges every candidate against the stored transactions of its account (those within the file's dates
     * widened by the pending window are enough). Returns one verdict per candidate, in order.
     */
    public List<DuplicateVerdict> judge(List<ImportCandidate> candidates, List<Transaction> stored) {
        Judgement judgement = against(stored);
        List<DuplicateVerdict> verdicts = new ArrayList<>(candidates.size());
        for (ImportCandidate candidate : candidates) {
            verdicts.add(judgement.verdict(candidate));
        }
        return verdicts;
    }

    /**
     * A judgement of one file's candidates, one at a time, in file order, against the stored transactions given
     * here: the verdicts are those {@link #judge} gives for the same candidates in the same order, so a large file
     * can be judged piece by piece. Not safe for use by several threads at once.
     */
    public Judgement against(List<Transaction> stored) {
        return new Judgement(stored);
    }

    /** The stored side of a judgement, and which stored transactions the candidates judged so far have matched. */
    public final class Judgement {

        private final Map<String, Transaction> byExternalId = new HashMap<>();
        private final Map<OccurrenceKey, Deque<Transaction>> byOccurrence = new HashMap<>();
        private final Map<OccurrenceKey, List<Transaction>> pendingByAmount = new HashMap<>();
        private final Set<TransactionId> used = new HashSet<>();

        private Judgement(List<Transaction> stored) {
            for (Transaction tx : stored) {
                if (tx.status() == TransactionStatus.PENDING) {
                    pendingByAmount.computeIfAbsent(new OccurrenceKey(tx.accountId(), null, tx.amount(), ""),
                            k -> new ArrayList<>()).add(tx);
                }
                tx.externalId().ifPresent(id -> byExternalId.putIfAbsent(tx.accountId().value() + "|" + id, tx));
                byOccurrence.computeIfAbsent(OccurrenceKey.of(tx), k -> new ArrayDeque<>()).add(tx);
            }
        }

        /** The verdict on the next candidate of the file; a stored transaction it matches is matched no more. */
        public DuplicateVerdict verdict(ImportCandidate candidate) {
            return judgeOne(candidate, byExternalId, byOccurrence, pendingByAmount, used);
        }
    }

    private DuplicateVerdict judgeOne(ImportCandidate candidate, Map<String, Transaction> byExternalId,
                                      Map<OccurrenceKey, Deque<Transaction>> byOccurrence,
                                      Map<OccurrenceKey, List<Transaction>> pendingByAmount, Set<TransactionId> used) {
        if (candidate.externalId().isPresent()) {
            Transaction same = byExternalId.get(candidate.account().value() + "|" + candidate.externalId().get());
            if (same != null && used.add(same.id())) {
                if (same.status() == TransactionStatus.PENDING && !candidate.pending()) {
                    return new DuplicateVerdict.ReplacesPending(same, "posted form of pending row with bank id "
                            + candidate.externalId().get());
                }
                return new DuplicateVerdict.Duplicate(same, "same bank id " + candidate.externalId().get()
                        + " already stored in this account");
            }
        }
        Deque<Transaction> sameDay = byOccurrence.get(OccurrenceKey.of(candidate));
        for (Transaction tx : sameDay == null ? List.<Transaction>of() : sameDay) {
            boolean bothHaveIds = tx.externalId().isPresent() && candidate.externalId().isPresent();
            if (!bothHaveIds && !used.contains(tx.id())) {
                used.add(tx.id());
                return new DuplicateVerdict.Duplicate(tx, "a row with the same date, amount and text ("
                        + candidate.bookingDate() + ", " + candidate.amount() + ", '" + candidate.normalizedDescriptor()
                        + "') is already stored; " + sameDay.size() + " stored, this is one of them");
            }
        }
        if (!candidate.pending()) {
            OccurrenceKey amountKey = new OccurrenceKey(candidate.account(), null, candidate.amount(), "");
            for (Transaction tx : pendingByAmount.getOrDefault(amountKey, List.of())) {
                if (!used.contains(tx.id())) {
                    long days = ChronoUnit.DAYS.between(tx.bookingDate(), candidate.bookingDate());
                    if (days >= -1 && days <= pendingWindowDays) {
                        used.add(tx.id());
                        return new DuplicateVerdict.ReplacesPending(tx, "posted form of the pending row of "
                                + tx.bookingDate() + " with the same amount " + tx.amount());
                    }
                }
            }
        }
        return NEW;
    }

    private record OccurrenceKey(Object account, Object date, Object amount, String text) {
        static OccurrenceKey of(Transaction tx) {
            return new OccurrenceKey(tx.accountId(), tx.bookingDate(), tx.amount(), tx.normalizedDescriptor());
        }

        static OccurrenceKey of(ImportCandidate c) {
            return new OccurrenceKey(c.account(), c.bookingDate(), c.amount(), c.normalizedDescriptor());
        }
    }
}
