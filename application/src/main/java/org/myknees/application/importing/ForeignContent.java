package org.myknees.application.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names what a file that no parser claims actually is, when its first bytes say so: people drop PDF statements,
 * spreadsheets renamed to {@code .csv} and the bank's own error page saved in place of the download, and each
 * deserves a refusal that says what to do rather than a list of formats.
 */
final class ForeignContent {

    private static final int SNIFFED_CHARS = 512;
    private static final int OPENING_CHARS = 80;
    /** How saved web pages start, including a bare table (some banks' "Excel" download). */
    private static final List<String> HTML_STARTS = List.of("<!doctype html", "<html", "<head", "<table");

    private ForeignContent() {
    }

    /** Why the content is no statement at all, or empty when it may be one that no parser recognised. */
    static Optional<String> describe(byte[] content) {
        if (content.length == 0) {
            return Optional.of("the file is empty (0 bytes); download the statement again");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("the file is a PDF document, not a data export; download the statement as CSV, OFX, "
                    + "QIF, MT940 or camt instead");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return Optional.of("the file is a ZIP archive, such as an Excel (.xlsx) or OpenDocument workbook saved "
                    + "under another name; open it and save it as CSV, or import the bank's own CSV download");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47) || startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("the file is an image (PNG or JPEG), such as a screenshot; download the statement "
                    + "as CSV, OFX, QIF, MT940 or camt instead");
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("the file is an Excel 97-2003 workbook (.xls); open it and save it as CSV");
        }
        String head = new String(content, 0, Math.min(content.length, SNIFFED_CHARS), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (HTML_STARTS.stream().anyMatch(head::startsWith)) {
            return Optional.of("the file is an HTML web page, often the bank's sign-in or error page saved in place "
                    + "of the download; sign in again and download the statement anew");
        }
        return Optional.empty();
    }

    /**
     * The first line of a file that reads as text, shortened, so that a refusal shows what the file holds (a
     * bank's "no transactions found" note, a JSON error reply); empty for binary content.
     */
    static Optional<String> opening(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFFED_CHARS), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip();
        String line = head.lines().findFirst().orElse("").strip();
        boolean text = !line.isEmpty() && line.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t'
                || c == '\uFFFD');
        if (!text) {
            return Optional.empty();
        }
        return Optional.of(line.length() > OPENING_CHARS ? line.substring(0, OPENING_CHARS) + "…" : line);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
