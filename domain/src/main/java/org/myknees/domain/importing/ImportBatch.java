package org.myknees.domain.importing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.report.Period;

/**
 * One import of one file: what it added, what it found to be duplicates, what it quarantined, and the
 * warnings it raised. Every input row is exactly one of added, duplicate or quarantined, so
 * {@code rows == added + duplicates + quarantined}. A committed batch may later be reverted.
 *
 * @param checksum SHA-256 of the file's bytes, in hex; the same file imports once
 * @param period   the booking dates the file covers, when it has rows
 */
public record ImportBatch(ImportBatchId id, HouseholdId householdId, String fileName, String format, String checksum,
                          Instant importedAt, int rows, int added, int duplicates, int quarantined,
                          Optional<Period> period, List<String> warnings, boolean reverted, long version) {

    public ImportBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(period, "period");
        warnings = List.copyOf(warnings);
        if (rows != added + duplicates + quarantined || added < 0 || duplicates < 0 || quarantined < 0) {
            throw new IllegalArgumentException("A batch must account for every row: " + rows + " rows but "
                    + added + " added, " + duplicates + " duplicates and " + quarantined + " quarantined");
        }
    }

    /** Marks the batch reverted; its added transactions are removed by the caller in the same unit of work. */
    public ImportBatch revert() {
        if (reverted) {
            throw new IllegalStateException("Import batch " + id + " was already reverted");
        }
        return new ImportBatch(id, householdId, fileName, format, checksum, importedAt, rows, added, duplicates,
                quarantined, period, warnings, true, version);
    }

    public ImportBatch withVersion(long newVersion) {
        return new ImportBatch(id, householdId, fileName, format, checksum, importedAt, rows, added, duplicates,
                quarantined, period, warnings, reverted, newVersion);
    }

    /** A file was imported. */
    public record StatementImported(HouseholdId householdId, ImportBatchId batchId, String fileName, int added,
                                    int duplicates, int quarantined, Instant occurredAt) implements DomainEvent {
    }

    /** A batch was reverted and its transactions removed. */
    public record ImportReverted(HouseholdId householdId, ImportBatchId batchId, int removed, Instant occurredAt)
            implements DomainEvent {
    }
}
