package org.myknees.adapter.bankformat.ofx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

/**
 * Reads OFX and QFX files: OFX 1.x SGML (with or without its colon header, unclosed leaf tags, values on
 * the next line, one-line files) and OFX 2.x XML; bank and credit-card statements, several per file.
 *
 * <p>What comes out: one statement per {@code STMTRS}/{@code CCSTMTRS}, with the account from
 * {@code BANKACCTFROM}/{@code CCACCTFROM}, the currency from {@code CURDEF} and the closing balance from
 * {@code LEDGERBAL} (OFX states no opening balance). Each {@code STMTTRN} becomes a row: {@code DTPOSTED} as the
 * calendar date written, {@code TRNAMT} as signed (the holder's view; {@code TRNTYPE} is not trusted),
 * {@code FITID} as external id, {@code NAME} (or the {@code PAYEE} name) and {@code MEMO} as the descriptor.
 * A row with a missing or bad date or amount is quarantined with its line; the rest of the file still reads.
 *
 * <p>What is refused with a {@link StatementParseException}: files that are not OFX, an error status at
 * sign-on, an error status of a statement request when no bank or card statement arrived (beside other
 * statements it is a warning), statements with no currency when the caller gives none, and files holding only
 * investment statements. Investment statements beside bank ones are quarantined.
 */
public final class OfxStatementParser implements StatementParser {

    /** Far above any real statement download; larger input is refused before any work is done. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final int HEAD_CHARS = 1024;

    @Override
    public ImportFormat format() {
        return ImportFormat.OFX;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean ofxName = name.endsWith(".ofx") || name.endsWith(".qfx");
        String text = head == null ? "" : new String(head, 0, Math.min(head.length, HEAD_CHARS),
                StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (text.contains("OFXHEADER") || text.contains("<?OFX")) {
            return 100;
        }
        if (text.contains("<OFX>")) {
            return ofxName ? 95 : 85;
        }
        if (text.contains("<STMTTRNRS>") || text.contains("<CCSTMTTRNRS>") || text.contains("<STMTRS>")) {
            return 70;
        }
        return ofxName ? 30 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) {
        if (content == null || content.length == 0) {
            throw new StatementParseException(context.fileName(), 0, "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new StatementParseException(context.fileName(), 0, "the file has " + content.length
                    + " bytes, more than the " + MAX_BYTES + " an OFX statement may have");
        }
        List<String> warnings = new ArrayList<>();
        try {
            String text = OfxCharsets.decode(content, context.charset(), warnings);
            OfxElement root = OfxMarkup.read(text, warnings);
            ParsedFile parsed = new OfxInterpreter(context, warnings).interpret(root);
            return new ParsedFile(parsed.statements(), parsed.orders(), parsed.quarantined(),
                    List.copyOf(new LinkedHashSet<>(parsed.warnings())));
        } catch (OfxSyntaxException e) {
            throw new StatementParseException(context.fileName(), e.line(), e.getMessage(), e);
        }
    }
}
