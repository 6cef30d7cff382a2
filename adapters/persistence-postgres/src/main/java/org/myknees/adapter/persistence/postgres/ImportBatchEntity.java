package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;

/**
 * A row of {@code import_batches}. The transactions a batch added carry its id in
 * {@code transactions.import_batch_id}, written by the bulk path and read by {@link PostgresImportBatchRepository}
 * directly. The import time is kept to the microsecond, PostgreSQL's precision.
 */
@Entity(name = "ImportBatch")
@Table(name = "import_batches")
@IdClass(ScopedId.class)
class ImportBatchEntity implements StoredAggregate<ImportBatch> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "batch_id")
    private UUID id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "format", nullable = false, length = 64)
    private String format;

    @Column(name = "checksum", nullable = false, length = 128)
    private String checksum;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "row_count", nullable = false)
    private int rows;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "duplicates", nullable = false)
    private int duplicates;

    @Column(name = "quarantined", nullable = false)
    private int quarantined;

    @Column(name = "replaced", nullable = false)
    private int replaced;

    @Column(name = "withdrawn", nullable = false)
    private int withdrawn;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "warnings", nullable = false)
    private String[] warnings;

    @Column(name = "reverted", nullable = false)
    private boolean reverted;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImportBatchEntity() {
    }

    static ImportBatchEntity of(ImportBatch batch) {
        ImportBatchEntity entity = new ImportBatchEntity();
        entity.householdId = batch.householdId().value();
        entity.id = batch.id().value();
        entity.copyFrom(batch);
        entity.version = batch.version() + 1;
        return entity;
    }

    @Override
    public void copyFrom(ImportBatch batch) {
        fileName = batch.fileName();
        format = batch.format();
        checksum = batch.checksum();
        importedAt = batch.importedAt();
        rows = batch.rows();
        added = batch.added();
        duplicates = batch.duplicates();
        quarantined = batch.quarantined();
        replaced = batch.replaced();
        withdrawn = batch.withdrawn();
        periodFrom = batch.period().map(Period::from).orElse(null);
        periodTo = batch.period().map(Period::to).orElse(null);
        if (warnings == null || !List.of(warnings).equals(batch.warnings())) {
            warnings = batch.warnings().toArray(String[]::new);
        }
        reverted = batch.reverted();
    }

    @Override
    public ImportBatch toDomain() {
        Optional<Period> period = periodFrom == null ? Optional.empty() : Optional.of(new Period(periodFrom, periodTo));
        return new ImportBatch(new ImportBatchId(id), new HouseholdId(householdId), fileName, format, checksum,
                importedAt, rows, added, duplicates, quarantined, replaced, withdrawn, period, List.of(warnings), reverted,
                version);
    }

    @Override
    public long version() {
        return version;
    }
}
