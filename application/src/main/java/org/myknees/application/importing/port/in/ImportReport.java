package org.myknees.application.importing.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;

/**
 * What an import did (or, on a dry run, would do). Every row is counted once: {@code added + replacedPending +
 * duplicates.size() + replaced() + quarantined.size()} equals the rows the file holds; withdrawals are not rows.
 *
 * @param batch           the batch written; empty on a dry run or when the file was imported before
 * @param corrections     what became of each correction the bank sent (a row replacing a stored one, a withdrawal), in
 *                        the order they were settled ({@code --explain})
 * @param alreadyImported the earlier batch of the same file, when this one added nothing because of it
 */
public record ImportReport(String file, String format, Optional<ImportBatchId> batch, List<StatementSummary> statements,
                           int added, int replacedPending, List<DuplicateRow> duplicates,
                           List<CorrectionRow> corrections, List<QuarantinedRow> quarantined, List<String> warnings,
                           boolean dryRun, Optional<ImportBatchId> alreadyImported) {

    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(batch, "batch");
        statements = List.copyOf(statements);
        duplicates = List.copyOf(duplicates);
        corrections = List.copyOf(corrections);
        quarantined = List.copyOf(quarantined);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(alreadyImported, "alreadyImported");
    }

    /** Rows that replaced a stored transaction with the bank's corrected values. */
    public int replaced() {
        return count(CorrectionOutcome.REPLACED);
    }

    /** Stored transactions removed because the bank withdrew them. */
    public int withdrawn() {
        return count(CorrectionOutcome.WITHDRAWN);
    }

    private int count(CorrectionOutcome outcome) {
        return (int) corrections.stream().filter(c -> c.outcome() == outcome).count();
    }

    /** One statement of the file, as imported into an account. */
    public record StatementSummary(String account, String currency, Optional<Money> openingBalance,
                                   Optional<Money> closingBalance, int transactions) {
    }

    /** A row judged a duplicate, and why ({@code --explain}). */
    public record DuplicateRow(int line, String reason) {
    }

    /** A correction the bank sent, what became of it, and why ({@code --explain}). */
    public record CorrectionRow(int line, CorrectionOutcome outcome, String reason) {

        public CorrectionRow {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What became of a correction from the bank. */
    public enum CorrectionOutcome {
        /** A stored transaction took the bank's corrected values and kept every person's edit. */
        REPLACED,
        /** A stored transaction the bank withdrew was removed. */
        WITHDRAWN,
        /** A withdrawn transaction was kept because a person had edited it (a warning says so). */
        KEPT,
        /** The row it names is in the same file: the correction stands instead of it and nothing else changes. */
        IN_FILE,
        /**
         * The row it names is not stored in the account: a replacing row was judged as an ordinary row, a withdrawal
         * removed nothing (a warning says so).
         */
        NOT_STORED
    }
}
