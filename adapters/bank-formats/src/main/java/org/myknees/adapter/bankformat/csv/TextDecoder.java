package org.myknees.adapter.bankformat.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text, detecting the charset when the user forced none: a byte order
 * mark decides first; then text that is valid UTF-8 is UTF-8; otherwise each legacy charset that decodes the
 * bytes without error is scored by how plausible its text looks (accented letters inside Latin words,
 * Hangul for EUC-KR, ideographs for GB18030, kana for EUC-JP) and the best one wins.
 */
final class TextDecoder {

    /** The decoded text, the charset used and anything the user should know about the choice. */
    record Decoded(String text, Charset charset, List<String> warnings) {
    }

    private enum Script { LATIN, CYRILLIC, KOREAN, CHINESE, JAPANESE }

    private record Candidate(String charsetName, Script script) {
    }

    /** In order of preference when two score the same. */
    private static final List<Candidate> LEGACY = List.of(
            new Candidate("windows-1252", Script.LATIN),
            new Candidate("ISO-8859-1", Script.LATIN),
            // LibreOffice's "Western Europe (ISO-8859-15)": the euro sign is byte A4, which the two above read as ¤.
            new Candidate("ISO-8859-15", Script.LATIN),
            // Central European: letters such as ą, ł, ś that windows-1252 reads as ¹, ³, œ.
            new Candidate("windows-1250", Script.LATIN),
            // Excel for Mac's "CSV (Macintosh)": é, ü, ä are bytes 8E, 9F, 8A, which Windows-1252 reads as Ž, Ÿ, Š.
            new Candidate("x-MacRoman", Script.LATIN),
            // Russian and Ukrainian banks' downloads, and LibreOffice's "Cyrillic (Windows-1251)"
            new Candidate("windows-1251", Script.CYRILLIC),
            new Candidate("EUC-KR", Script.KOREAN),
            new Candidate("GB18030", Script.CHINESE),
            new Candidate("EUC-JP", Script.JAPANESE),
            // Shift_JIS as Windows writes it: the charset of nearly every Japanese bank's CSV download
            new Candidate("windows-31j", Script.JAPANESE));

    private static final String LATIN_SYMBOLS = "€£¥°§²³µ«»–—‘’‚“”„…·¡¿½¼¾×\u00A0";

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, Optional<Charset> forced) {
        List<String> warnings = new ArrayList<>();
        if (forced.isPresent()) {
            Charset charset = forced.get();
            int skip = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
            return new Decoded(lenient(bytes, skip, charset, warnings), charset, warnings);
        }
        if (hasUtf8Bom(bytes)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8, warnings), StandardCharsets.UTF_8, warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE, warnings), StandardCharsets.UTF_16LE,
                    warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE, warnings), StandardCharsets.UTF_16BE,
                    warnings);
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(lenient(bytes, 0, utf16.get(), warnings), utf16.get(), warnings);
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8, warnings);
        }
        return bestLegacy(bytes, warnings);
    }

    private static Decoded bestLegacy(byte[] bytes, List<String> warnings) {
        String bestText = null;
        Charset bestCharset = StandardCharsets.ISO_8859_1;
        double bestScore = -1;
        for (Candidate candidate : LEGACY) {
            if (!Charset.isSupported(candidate.charsetName())) {
                continue;
            }
            Charset charset = Charset.forName(candidate.charsetName());
            Optional<String> text = strict(bytes, charset);
            if (text.isEmpty()) {
                continue;
            }
            double score = plausibility(text.get(), candidate.script());
            if (score > bestScore) {
                bestScore = score;
                bestText = text.get();
                bestCharset = charset;
            }
        }
        if (bestText == null) {
            bestText = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        warnings.add("The file is not UTF-8; read it as " + bestCharset.name()
                + (bestScore < 0.5 ? " (a guess: pass the charset if its text looks wrong)" : ""));
        return new Decoded(bestText, bestCharset, warnings);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** UTF-16 text of mostly ASCII characters has a zero byte in every other position. */
    private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 512);
        if (pairs < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.1) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.1) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        // ASCII reads the same in UTF-8 and needs no decoder, whose buffer of chars is twice the file's size.
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK copies ASCII bytes straight into a string and turns any other byte into U+FFFD, which no ASCII
            // byte reads as: a string without one was all ASCII, checked at the speed of the copy.
            String ascii = new String(bytes, StandardCharsets.US_ASCII);
            if (ascii.indexOf('\uFFFD') < 0) {
                return Optional.of(ascii);
            }
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        String text = new String(bytes, offset, bytes.length - offset, charset);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) {
            warnings.add(replaced + " character(s) could not be read as " + charset.name() + " and were replaced by \uFFFD");
        }
        return text;
    }

    /** The share of non-ASCII characters that look like real text in the script, 1.0 for pure ASCII. */
    private static double plausibility(String text, Script script) {
        int total = 0;
        double good = 0;
        int kana = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            total++;
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean wedged = isAsciiLetter(before) && isAsciiLetter(after);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            switch (script) {
                case LATIN -> good += latinPlausible(text, i, c) ? 1 : 0;
                case CYRILLIC -> good += !wedged && cyrillicPlausible(text, i) ? 1 : 0;
                case KOREAN -> good += wedged ? 0 : block == Character.UnicodeBlock.HANGUL_SYLLABLES ? 1
                        : isIdeograph(c) ? 0.5 : 0;
                case CHINESE -> good += !wedged && (isIdeograph(c) || isCjkPunctuation(block)) ? 1 : 0;
                case JAPANESE -> {
                    boolean isKana = isKana(block);
                    kana += isKana ? 1 : 0;
                    good += !wedged && (isKana || isIdeograph(c) || isCjkPunctuation(block)) ? 1 : 0;
                }
            }
        }
        if (total == 0) {
            return 1.0;
        }
        double score = good / total;
        // Kana exist only in Japanese, so their presence outweighs an equal score of another CJK reading.
        return script == Script.JAPANESE && kana * 10 >= total ? score + 0.1 : score;
    }

    private static boolean latinPlausible(String text, int index, char c) {
        boolean letter = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        if (!letter && LATIN_SYMBOLS.indexOf(c) < 0) {
            return false;
        }
        int start = index;
        while (start > 0 && text.charAt(start - 1) >= 0x80) {
            start--;
        }
        int end = index;
        while (end + 1 < text.length() && text.charAt(end + 1) >= 0x80) {
            end++;
        }
        // Real Latin words rarely hold three non-ASCII characters in a row; mis-decoded multibyte text does.
        if (end - start + 1 > 2) {
            return false;
        }
        char after = index + 1 < text.length() ? text.charAt(index + 1) : ' ';
        // ì and ù end Italian words (più) and French où; inside a word they are Czech ě, ů read as Windows-1252.
        if ("ìùÌÙ".indexOf(c) >= 0 && Character.isLetter(after)) {
            return false;
        }
        // A capital inside a lower-case word (CafŽ, MŸnchen) is a lower-case letter read in the wrong charset.
        char before = index > 0 ? text.charAt(index - 1) : ' ';
        return !Character.isUpperCase(c) || !Character.isLetter(before)
                || !Character.isLowerCase(after) && !Character.isLowerCase(before);
    }

    /**
     * A Cyrillic letter in a word of at least two of them: Latin text read as Windows-1251 turns each accented letter
     * into a lone Cyrillic one between Latin letters ({@code Müller} into {@code Mьller}).
     */
    private static boolean cyrillicPlausible(String text, int index) {
        if (!isCyrillicLetter(text.charAt(index))) {
            return false;
        }
        return index > 0 && isCyrillicLetter(text.charAt(index - 1))
                || index + 1 < text.length() && isCyrillicLetter(text.charAt(index + 1));
    }

    private static boolean isCyrillicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdeograph(char c) {
        return Character.isIdeographic(c);
    }

    private static boolean isKana(Character.UnicodeBlock block) {
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA;
    }

    private static boolean isCjkPunctuation(Character.UnicodeBlock block) {
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
