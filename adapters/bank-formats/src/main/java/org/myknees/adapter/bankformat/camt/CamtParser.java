package org.myknees.adapter.bankformat.camt;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

/**
 * The CAMT parser of one message type. Each of the three types has its own parser so auto-detection can tell
 * them apart; any of them reads all three, since their entries are alike, and says so in a warning when the
 * file holds another type than its own.
 */
abstract class CamtParser implements StatementParser {

    private final CamtMessage message;
    private final Pattern element;

    CamtParser(CamtMessage message) {
        this.message = message;
        this.element = Pattern.compile("<(?:[A-Za-z0-9_.-]+:)?" + message.messageElement() + "(?:V[0-9]{2})?[\\s>]");
    }

    @Override
    public final ImportFormat format() {
        return message.format();
    }

    /**
     * Certain (95) when the head holds this message's element ({@code <BkToCstmrStmt>}, any prefix or version),
     * 30 when it only names this message's namespace (a schema, say), 10 when it is another CAMT message; for a
     * ZIP archive 60 when the archive or its first member is named after this message type ({@code camt053},
     * {@code .053.}), else 15; 0 otherwise.
     */
    @Override
    public final int recognize(byte[] head, String fileName) {
        if (head == null || head.length == 0) {
            return 0;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (CamtArchive.isZip(head)) {
            String names = (fileName == null ? "" : fileName) + " " + text.substring(0, Math.min(text.length(), 300));
            return names.contains(message.number()) ? 60 : 15;
        }
        if (element.matcher(text).find()) {
            return 95;
        }
        if (text.contains("camt." + message.number() + ".001")) {
            return 30;
        }
        return text.contains("urn:iso:std:iso:20022:tech:xsd:camt.05") || text.contains("BkToCstmr") ? 10 : 0;
    }

    /** Reads one CAMT XML file, or a ZIP archive of them. */
    @Override
    public final ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        if (CamtArchive.isZip(content)) {
            return CamtArchive.read(content, context,
                    member -> CamtReader.read(member.content(), member.context(), message.format()));
        }
        return CamtReader.read(content, context, message.format());
    }
}
