package org.myknees.application.importing.port.in;

import java.util.List;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.transaction.TransactionId;

/**
 * A revert was refused because people edited transactions of the batch since it was imported (notes, tags, a
 * pinned category, a split, a transfer link or a one-time event); reverting with {@code force} removes them anyway.
 */
public final class ImportEditedSinceException extends ImportRejectedException {

    private final List<TransactionId> edited;

    public ImportEditedSinceException(ImportBatchId batch, List<TransactionId> edited) {
        super("Import batch " + batch + " cannot be reverted: " + edited.size()
                + " of its transactions were edited since (first: " + edited.get(0)
                + "); revert with force to remove them anyway");
        this.edited = List.copyOf(edited);
    }

    /** The edited transactions, in the order the batch added them; never empty. */
    public List<TransactionId> edited() {
        return edited;
    }
}
