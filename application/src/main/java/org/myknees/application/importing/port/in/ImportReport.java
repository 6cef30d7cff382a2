package org.myknees.application.importing.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;

/**
 * What an import did (or, on a dry run, would do). Every row is counted once: {@code added + duplicates.size()
 * + quarantined.size()} equals the rows the file holds.
 *
 * @param batch           the batch written; empty on a dry run or when the file was imported before
 * @param alreadyImported the earlier batch of the same file, when this one added nothing because of it
 */
public record ImportReport(String file, String format, Optional<ImportBatchId> batch, List<StatementSummary> statements,
                           int added, int replacedPending, List<DuplicateRow> duplicates,
                           List<QuarantinedRow> quarantined, List<String> warnings, boolean dryRun,
                           Optional<ImportBatchId> alreadyImported) {

    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(batch, "batch");
        statements = List.copyOf(statements);
        duplicates = List.copyOf(duplicates);
        quarantined = List.copyOf(quarantined);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(alreadyImported, "alreadyImported");
    }

    /** One statement of the file, as imported into an account. */
    public record StatementSummary(String account, String currency, Optional<Money> openingBalance,
                                   Optional<Money> closingBalance, int transactions) {
    }

    /** A row judged a duplicate, and why ({@code --explain}). */
    public record DuplicateRow(int line, String reason) {
    }
}
