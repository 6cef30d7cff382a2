package org.myknees.application.importing.port.in;

/**
 * Imports a bank file as one batch: parse → normalize → validate → dedupe → categorize → store, all or nothing.
 * Importing the same file again adds nothing.
 *
 * @throws org.myknees.application.importing.port.out.StatementParseException when the file cannot be read
 * @throws ImportRejectedException when the file cannot be imported as asked (strict mode, unknown account)
 */
public interface ImportStatementUseCase {
    ImportReport importStatement(ImportStatementCommand command);
}
