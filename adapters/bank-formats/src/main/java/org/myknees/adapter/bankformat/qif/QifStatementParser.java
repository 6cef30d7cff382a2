package org.myknees.adapter.bankformat.qif;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

/**
 * Reads QIF (Quicken Interchange Format) files: {@code !Type:Bank}, {@code CCard}, {@code Cash},
 * {@code Oth A} and {@code Oth L} sections, with {@code !Account} records naming the account of the section
 * that follows, so one file may hold several accounts (one statement each).
 *
 * <p>Per record: {@code D} is the date, read in the day/month order decided for the whole file (option
 * {@code dateOrder=MDY|DMY} overrides it); {@code T} (or {@code U}) the signed amount, thousands separators
 * allowed; {@code P} the payee and {@code M} the memo make the descriptor. Split lines ({@code S}, {@code E},
 * {@code $}) belong to their parent, whose total is kept; the splits stand in for a missing total. Check
 * numbers ({@code N}), categories ({@code L}) and the cleared flag ({@code C}) have no place in the parsed
 * shape and are not passed on. QIF states no currency: amounts are in the caller's default currency, else USD
 * with a warning. Category, class and memorized-transaction lists are skipped with a warning.
 *
 * <p>Refused with a {@link StatementParseException}: text that does not start with a QIF header, and files
 * holding only investment records ({@code !Type:Invst}); investment records beside bank ones are quarantined.
 */
public final class QifStatementParser implements StatementParser {

    /** Far above any real export; larger input is refused before any work is done. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD_CHARS = 1024;

    @Override
    public ImportFormat format() {
        return ImportFormat.QIF;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        boolean qifName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".qif");
        String text = head == null ? ""
                : new String(head, 0, Math.min(head.length, HEAD_CHARS), StandardCharsets.ISO_8859_1);
        String first = firstLine(text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text)
                .toLowerCase(Locale.ROOT);
        if (first.startsWith("!type:") || first.startsWith("!account") || first.startsWith("!option:")) {
            return qifName ? 100 : 90;
        }
        return qifName ? 30 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) {
        if (content == null || content.length == 0) {
            throw new StatementParseException(context.fileName(), 0, "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new StatementParseException(context.fileName(), 0, "the file has " + content.length
                    + " bytes, more than the " + MAX_BYTES + " a QIF export may have");
        }
        String text = decode(content, context.charset().orElse(null));
        if (!firstLine(text).startsWith("!")) {
            throw new StatementParseException(context.fileName(), 1,
                    "not a QIF file: it does not start with a !Type or !Account header");
        }
        return new QifInterpreter(context).interpret(text);
    }

    /** QIF declares no charset: a forced one, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
    private static String decode(byte[] bytes, Charset forced) {
        if (forced != null) {
            return new String(bytes, forced);
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String firstLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }
}
