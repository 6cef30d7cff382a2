package org.myknees.adapter.bankformat.mt940;

import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

/**
 * Reads SWIFT MT940 customer statements. Files that turn out to hold MT942 interim reports are read as well
 * (the layout is the same); {@link #recognize} leaves those to {@link Mt942Parser}.
 */
public final class Mt940Parser implements StatementParser {

    @Override
    public ImportFormat format() {
        return ImportFormat.MT940;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        return SwiftRecognizer.confidence(head, fileName, false);
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        return Mt940Reader.read(content, context);
    }
}
