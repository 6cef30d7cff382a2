package org.myknees.adapter.bankformat.mt940;

import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

/**
 * Reads SWIFT MT942 interim transaction reports: each report becomes a statement without opening or closing
 * balance. MT940 statements in the same file are read as well.
 */
public final class Mt942Parser implements StatementParser {

    @Override
    public ImportFormat format() {
        return ImportFormat.MT942;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        return SwiftRecognizer.confidence(head, fileName, true);
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        return Mt940Reader.read(content, context);
    }
}
