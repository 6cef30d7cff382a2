package org.myknees.adapter.bankformat.ofx;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an OFX file's bytes into text. The charset comes from, in order: the user, a byte-order mark, the
 * file's own declaration (1.x {@code ENCODING}/{@code CHARSET} header, 2.x XML declaration). Declarations
 * are often wrong in practice, so the bytes get the last word: a file declared single-byte whose non-ASCII
 * bytes form valid UTF-8 is UTF-8, and one declared UTF-8 that is not valid UTF-8 is Windows-1252. Either
 * correction is reported as a warning.
 */
final class OfxCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int HEADER_BYTES = 4096;
    private static final Pattern SGML_ENCODING = Pattern.compile("ENCODING:\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SGML_CHARSET = Pattern.compile("CHARSET:\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);

    private OfxCharsets() {
    }

    static String decode(byte[] bytes, Optional<Charset> forced, List<String> warnings) {
        if (forced.isPresent()) {
            return new String(bytes, forced.get());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Optional<String> declaredName = declaredName(new String(bytes, 0, Math.min(bytes.length, HEADER_BYTES),
                StandardCharsets.ISO_8859_1));
        Optional<Charset> declared = declaredName.flatMap(name -> charset(name, warnings));
        if (declared.isPresent() && !isAsciiCompatibleSingleByte(declared.get())
                && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared.get());
        }
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
                warnings.add("The file declares " + OfxValues.shown(declaredName.get())
                        + " but its text is UTF-8; read as UTF-8");
            }
            return utf8.get();
        }
        if (declared.isPresent() && declared.get().equals(StandardCharsets.UTF_8)) {
            warnings.add("The file declares UTF-8 but is not valid UTF-8; read as Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
        return new String(bytes, declared.orElse(WINDOWS_1252));
    }

    private static Optional<String> declaredName(String head) {
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        int body = head.indexOf('<');
        String header = body < 0 ? head : head.substring(0, body);
        Matcher encoding = SGML_ENCODING.matcher(header);
        if (encoding.find() && encoding.group(1).toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8")) {
            return Optional.of("UTF-8");
        }
        Matcher charset = SGML_CHARSET.matcher(header);
        return charset.find() ? Optional.of(charset.group(1)) : Optional.empty();
    }

    /** OFX names charsets its own way ({@code 1252}, {@code 8859-1}); NONE and US-ASCII declare nothing useful. */
    private static Optional<Charset> charset(String name, List<String> warnings) {
        String key = name.toUpperCase(Locale.ROOT);
        switch (key) {
            case "NONE", "USASCII", "US-ASCII", "ASCII":
                return Optional.empty();
            case "1252", "CP1252", "WINDOWS-1252":
                return Optional.of(WINDOWS_1252);
            // WHATWG Encoding treats the Latin-1 labels as Windows-1252, which is what such files hold
            case "8859-1", "ISO-8859-1", "ISO8859-1", "LATIN1", "LATIN-1":
                return Optional.of(WINDOWS_1252);
            case "UTF-8", "UTF8":
                return Optional.of(StandardCharsets.UTF_8);
            default:
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    warnings.add("The file declares the unknown charset '" + OfxValues.shown(name)
                            + "'; its text was guessed");
                    return Optional.empty();
                }
        }
    }

    private static boolean isAsciiCompatibleSingleByte(Charset charset) {
        return charset.equals(WINDOWS_1252) || charset.name().toUpperCase(Locale.ROOT).startsWith("ISO-8859")
                || charset.name().toLowerCase(Locale.ROOT).startsWith("windows-125");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
