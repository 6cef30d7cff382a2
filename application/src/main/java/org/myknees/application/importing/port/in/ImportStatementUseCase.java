package org.myknees.application.importing.port.in;

import org.myknees.application.importing.port.out.ImportProgress;

/**
 * Imports a bank file as one batch: parse → normalize → validate → dedupe → categorize → store, all or nothing.
 * Importing the same file again adds nothing. Order files (ScrapedKnees) are stored as purchases with their line
 * items, deduplicated by retailer and order number, in the same batch.
 *
 * @throws org.myknees.application.importing.port.out.StatementParseException when the file cannot be read
 * @throws ImportRejectedException when the file cannot be imported as asked (strict mode, unknown account)
 */
public interface ImportStatementUseCase {

    /** Imports, reporting progress to the listener. */
    ImportReport importStatement(ImportStatementCommand command, ImportProgress progress);

    default ImportReport importStatement(ImportStatementCommand command) {
        return importStatement(command, ImportProgress.NONE);
    }
}
