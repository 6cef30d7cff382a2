package org.myknees.adapter.bankformat.mt940;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the bytes of a SWIFT file into numbered lines of text. */
final class SwiftText {

    /** One physical line of the file, 1-based, without its line break. */
    record Line(int number, String text) {
    }

    private SwiftText() {
    }

    /**
     * Decodes with the forced charset, else as UTF-8 when the bytes are valid UTF-8, else as ISO-8859-1 (the
     * charset German and Dutch banks use for their exports; it maps every byte, so nothing is lost).
     */
    static String decode(byte[] content, Optional<Charset> forced) {
        if (forced.isPresent()) {
            return new String(content, forced.get());
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Splits text on CR LF, LF or CR. Control characters other than tab are dropped: some banks wrap the file in
     * SOH/ETX transmission bytes, which are not part of any field.
     */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(new Line(number++, current.toString()));
                current.setLength(0);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c >= ' ' && c != 0x7F || c == '\t') {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            lines.add(new Line(number, current.toString()));
        }
        return lines;
    }
}
