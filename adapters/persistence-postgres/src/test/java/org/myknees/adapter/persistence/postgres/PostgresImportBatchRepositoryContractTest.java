package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.application.contract.ImportBatchRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;

class PostgresImportBatchRepositoryContractTest extends ImportBatchRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }

    @Test
    void a_quarantined_row_with_nul_bytes_is_kept_with_each_nul_shown_as_its_symbol() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        ImportBatch batch = new ImportBatch(ImportBatchId.newId(), household, "binary.csv", "csv", "nul",
                Instant.parse("2026-03-03T00:00:00Z"), 1, 0, 0, 1, 0, 0, Optional.empty(), List.of(), false, 0);

        ports().importBatches().save(batch, List.of(new QuarantinedRow(2, "row", "not a row", "a\0b\0")));

        assertThat(ports().importBatches().quarantinedRows(household, batch.id()))
                .containsExactly(new QuarantinedRow(2, "row", "not a row", "a\u2400b\u2400"));
    }
}
