package org.myknees.application.importing.port.in;

import java.util.List;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;

/** Lists, shows and reverts import batches. */
public interface ManageImportsUseCase {

    /** Newest first. */
    List<ImportBatch> listImports(UserId actor, HouseholdId household);

    ImportBatch getImport(UserId actor, HouseholdId household, ImportBatchId id);

    /**
     * The rows the batch could not read (line, field, reason and raw text), in the order the import reported them.
     *
     * @throws org.myknees.application.port.out.NotFoundException when the household has no such batch
     */
    List<QuarantinedRow> quarantinedRows(UserId actor, HouseholdId household, ImportBatchId id);

    /**
     * Removes what the batch added and undoes the bank's corrections it applied (a replaced transaction takes back the
     * bank's earlier fields, keeping people's edits; a withdrawn one is stored again unless its bank id is stored
     * again). Refuses with {@link ImportEditedSinceException} when a person has edited one of the added transactions
     * since, or anything changed a corrected one since, unless {@code force}.
     */
    ImportBatch revertImport(UserId actor, HouseholdId household, ImportBatchId id, boolean force);
}
