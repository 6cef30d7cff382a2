package org.myknees.application.importing.port.out;

import org.myknees.domain.account.ImportFormat;

/**
 * Reads one bank file format into statements. Implementations are stateless and thread-safe.
 *
 * <p>Contract: {@link #parse} either returns a {@link ParsedFile} in which every input row is a
 * transaction, a {@link QuarantinedRow}, or (for a row by which the bank withdraws an earlier one) a
 * {@link ParsedStatement.Withdrawal} of its statement, or throws {@link StatementParseException} when the file as a
 * whole cannot be read (wrong format, a bank error inside the file, an unsupported statement type). It
 * never throws any other exception for any input bytes, and never loops forever.
 */
public interface StatementParser {

    /** The format this parser reads, such as {@code ofx} or {@code csv}. */
    ImportFormat format();

    /**
     * How sure this parser is that the content is its format, from 0 (not at all) to 100 (certain), judged
     * from the first bytes of the file and its name. Used for auto-detection; must be cheap and never throw.
     */
    int recognize(byte[] head, String fileName);

    /** Parses the whole file. */
    ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException;
}
