package org.myknees.domain.importing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.report.Period;

/**
 * One import of one file: what it added, what it found to be duplicates, which stored rows its bank's corrections
 * replaced or withdrew, what it quarantined, and the warnings it raised. Every input row is exactly one of added,
 * duplicate, replacement or quarantined, so {@code rows == added + duplicates + replaced + quarantined}; a withdrawal
 * is no row of the file's own, so {@code withdrawn} stands apart. A committed batch may later be reverted.
 *
 * @param checksum  SHA-256 of the file's bytes, in hex; the same file imports once
 * @param replaced  rows that replaced a stored transaction with the same bank id (a correction from the bank)
 * @param withdrawn stored transactions removed because the bank withdrew them
 * @param period    the booking dates the file covers, when it has rows
 */
public record ImportBatch(ImportBatchId id, HouseholdId householdId, String fileName, String format, String checksum,
                          Instant importedAt, int rows, int added, int duplicates, int quarantined, int replaced,
                          int withdrawn, Optional<Period> period, List<String> warnings, boolean reverted,
                          long version) {

    public ImportBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(period, "period");
        warnings = List.copyOf(warnings);
        if (rows != added + duplicates + replaced + quarantined || added < 0 || duplicates < 0 || quarantined < 0
                || replaced < 0 || withdrawn < 0) {
            throw new IllegalArgumentException("A batch must account for every row: " + rows + " rows but "
                    + added + " added, " + duplicates + " duplicates, " + replaced + " replacements and " + quarantined
                    + " quarantined (and " + withdrawn + " withdrawn)");
        }
    }

    /**
     * Marks the batch reverted; the caller removes its added transactions and undoes its corrections in the same unit
     * of work.
     */
    public ImportBatch revert() {
        if (reverted) {
            throw new IllegalStateException("Import batch " + id + " was already reverted");
        }
        return new ImportBatch(id, householdId, fileName, format, checksum, importedAt, rows, added, duplicates,
                quarantined, replaced, withdrawn, period, warnings, true, version);
    }

    public ImportBatch withVersion(long newVersion) {
        return new ImportBatch(id, householdId, fileName, format, checksum, importedAt, rows, added, duplicates,
                quarantined, replaced, withdrawn, period, warnings, reverted, newVersion);
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
