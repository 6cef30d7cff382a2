package org.myknees.adapter.bankformat.camt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Turns the bytes of an XML file into text before the XML parser sees them: the forced charset, else the byte
 * order mark, else the declaration's {@code encoding}, else UTF-8. Bytes that are not valid in that charset are
 * read as ISO-8859-1 (which maps every byte) with a warning, so a mislabelled file still imports and nothing is
 * lost. Decoding here also keeps the JDK's parser from printing encoding errors to the console.
 */
final class XmlDecoder {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private XmlDecoder() {
    }

    static String decode(byte[] content, Optional<Charset> forced, String fileName, Consumer<String> warn) {
        int bom = 0;
        Charset charset;
        if (forced.isPresent()) {
            charset = forced.get();
        } else if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
            bom = content[0] == 0 ? 0 : 2;
        } else if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            bom = content[0] == '<' ? 0 : 2;
        } else {
            charset = declared(content, fileName).orElse(StandardCharsets.UTF_8);
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, bom, content.length - bom)).toString();
        } catch (CharacterCodingException e) {
            warn.accept(fileName + ": the file is not valid " + charset.name() + "; it was read as ISO-8859-1");
            return new String(content, bom, content.length - bom, StandardCharsets.ISO_8859_1);
        }
    }

    private static Optional<Charset> declared(byte[] content, String fileName) {
        String head = new String(content, 0, Math.min(content.length, 256), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARED.matcher(head);
        if (!declaration.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(declaration.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new StatementParseException(fileName, 1, "the XML declaration names encoding '"
                    + declaration.group(1) + "', which is not known");
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
