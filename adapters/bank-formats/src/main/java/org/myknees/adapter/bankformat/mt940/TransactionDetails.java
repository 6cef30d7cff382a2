package org.myknees.adapter.bankformat.mt940;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code :86:} field says about a transaction. Three layouts are understood:
 * <ul>
 *   <li>German {@code ?NN} subfields after a three-digit business code (the separator is the fourth character,
 *       {@code ?} at German banks, {@code >} at Triodos): {@code ?00} posting text, {@code ?20}–{@code
 *       ?29} and {@code ?60}–{@code ?63} remittance, {@code ?32}/{@code ?33} the other party's name;</li>
 *   <li>Dutch {@code /KEY/value} pairs: {@code /TRTP/} posting text, {@code /NAME/} or {@code /CNTP/…/…/name/}
 *       the other party, {@code /REMI/} remittance;</li>
 *   <li>anything else is free text, from which the labels {@code NAAM:} and {@code OMSCHRIJVING:} of older
 *       Dutch exports give the other party and the remittance.</li>
 * </ul>
 * Structured layouts wrap lines at a fixed width, so their lines are joined without a separator. Free text is
 * joined with a space, except after a line that fills the 63–65 character SWIFT width and ends mid-word.
 *
 * @param descriptor posting text, counterparty and remittance joined by spaces as the bank wrote them, or the
 *                   free text
 */
record TransactionDetails(Optional<String> counterparty, Optional<String> remittance, String descriptor) {

    /** A business code and a separator (usually {@code ?}; Triodos writes {@code >}) before the first subfield. */
    private static final Pattern GERMAN = Pattern.compile("\\s*(?:[0-9]{3}([?>])|(\\?))[0-9]{2}");
    private static final Pattern SEPA_KEYWORD = Pattern.compile("(?:[A-Z]{4}|BIC)\\+.*", Pattern.DOTALL);
    private static final Set<String> DUTCH_KEYS = Set.of("ACCW", "ADDR", "BBAN", "BENM", "BIC", "BUSP", "CDTRREF",
            "CDTRREFTP", "CHGS", "CNTP", "COAM", "CSID", "EREF", "EXCH", "IBAN", "ISDT", "MARF", "NAME", "OCMT",
            "ORDP", "PREF", "PURP", "REMI", "RTRN", "SVCL", "TRTP", "ULTB", "ULTC", "ULTD");
    private static final int LONGEST_DUTCH_KEY = 9;
    private static final int WRAP_WIDTH = 63;
    /** Labels of the older Dutch layout ({@code NAAM: …  IBAN: …  OMSCHRIJVING: …}) of ABN AMRO and Knab. */
    private static final Pattern LABEL = Pattern.compile("(?<![A-Z])(NAAM|IBAN|BIC|REK|OMSCHRIJVING|BETALINGSKENM\\."
            + "|KENMERK|MACHTIGING|INCASSANT|ID BEGUNSTIGDE|ID DEBITEUR):");

    static TransactionDetails none() {
        return new TransactionDetails(Optional.empty(), Optional.empty(), "");
    }

    static TransactionDetails parse(SwiftField field) {
        String glued = String.join("", field.lines());
        Matcher german = GERMAN.matcher(glued);
        TransactionDetails structured = null;
        if (german.lookingAt()) {
            structured = german(glued, (german.group(1) != null ? german.group(1) : german.group(2)).charAt(0));
        } else if (isDutch(glued)) {
            structured = dutch(glued);
        }
        return structured != null && !structured.descriptor.isEmpty() ? structured : labelled(freeText(field));
    }

    private static TransactionDetails labelled(String text) {
        Map<String, String> values = new HashMap<>();
        Matcher label = LABEL.matcher(text);
        String key = null;
        int valueStart = 0;
        while (label.find()) {
            if (key != null) {
                values.putIfAbsent(key, text.substring(valueStart, label.start()));
            }
            key = label.group(1);
            valueStart = label.end();
        }
        if (key != null) {
            values.putIfAbsent(key, text.substring(valueStart));
        }
        return new TransactionDetails(present(values.getOrDefault("NAAM", "")),
                present(values.getOrDefault("OMSCHRIJVING", "")), text);
    }

    /** Dutch layout: the text opens with a key, or (ASN Bank) a line of account and name precedes two keys. */
    private static boolean isDutch(String text) {
        int firstSlash = text.indexOf('/');
        if (dutchKeyAt(text, firstSlash) != null && text.substring(0, firstSlash).isBlank()) {
            return true;
        }
        Set<String> keys = new HashSet<>();
        for (int i = firstSlash; i >= 0 && keys.size() < 2; i = text.indexOf('/', i + 1)) {
            String key = dutchKeyAt(text, i);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys.size() >= 2;
    }

    private static TransactionDetails german(String text, char separator) {
        StringBuilder posting = new StringBuilder();
        StringBuilder name = new StringBuilder();
        StringBuilder remittance = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 2 < text.length(); i++) {
            if (text.charAt(i) == separator && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))) {
                starts.add(i);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int code = Integer.parseInt(text.substring(start + 1, start + 3));
            String value = text.substring(start + 3, k + 1 < starts.size() ? starts.get(k + 1) : text.length());
            if (code == 0) {
                posting.append(value);
            } else if (code == 32 || code == 33) {
                name.append(value);
            } else if (code >= 20 && code <= 29 || code >= 60 && code <= 63) {
                boolean separate = remittance.length() > 0 && !Character.isWhitespace(remittance.charAt(
                        remittance.length() - 1)) && SEPA_KEYWORD.matcher(value).matches();
                remittance.append(separate ? " " : "").append(value);
            }
        }
        return of(posting.toString(), name.toString(), remittance.toString());
    }

    private static TransactionDetails dutch(String text) {
        Map<String, String> values = new HashMap<>();
        String key = null;
        int valueStart = 0;
        for (int i = text.indexOf('/'); i >= 0 && i < text.length(); i = text.indexOf('/', i + 1)) {
            String next = dutchKeyAt(text, i);
            if (next == null) {
                continue;
            }
            if (key != null) {
                values.putIfAbsent(key, text.substring(valueStart, i));
            }
            key = next;
            valueStart = i + next.length() + 2;
            i = valueStart - 1;
        }
        if (key != null) {
            values.putIfAbsent(key, text.substring(Math.min(valueStart, text.length())));
        }
        String name = trimSlashes(values.getOrDefault("NAME", ""));
        if (name.isEmpty()) {
            String[] counterparty = trimSlashes(values.getOrDefault("CNTP", "")).split("/", -1);
            name = counterparty.length > 2 ? counterparty[2] : "";
        }
        return of(trimSlashes(values.getOrDefault("TRTP", "")), name,
                remittance(trimSlashes(values.getOrDefault("REMI", ""))));
    }

    /** The Dutch key that starts at {@code slash} ({@code /KEY/}), or null. */
    private static String dutchKeyAt(String text, int slash) {
        if (slash < 0) {
            return null;
        }
        int end = text.indexOf('/', slash + 1);
        if (end < 0 || end - slash - 1 > LONGEST_DUTCH_KEY) {
            return null;
        }
        String key = text.substring(slash + 1, end);
        return DUTCH_KEYS.contains(key) ? key : null;
    }

    /** Drops the ING/Rabobank markers for unstructured ({@code USTD//}) and structured ({@code STRD/CUR/}) text. */
    private static String remittance(String value) {
        if (value.startsWith("USTD/")) {
            return trimSlashes(value.substring(5));
        }
        if (value.startsWith("STRD/")) {
            String rest = value.substring(5);
            int slash = rest.indexOf('/');
            return trimSlashes(slash >= 0 ? rest.substring(slash + 1) : rest);
        }
        return value;
    }

    private static String trimSlashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == '/' || Character.isWhitespace(value.charAt(start)))) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == '/' || Character.isWhitespace(value.charAt(end - 1)))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static TransactionDetails of(String posting, String name, String remittance) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of(posting.strip(), name.strip(), remittance.strip())) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return new TransactionDetails(present(name), present(remittance), String.join(" ", parts));
    }

    private static String freeText(SwiftField field) {
        StringBuilder out = new StringBuilder();
        boolean wrapped = false;
        List<String> lines = field.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                wrapped = false;
                continue;
            }
            String piece = wrapped ? line.stripTrailing() : line.strip();
            if (out.length() > 0 && !wrapped) {
                out.append(' ');
            }
            out.append(piece);
            int width = (i == 0 ? field.tagWidth() : 0) + line.length();
            wrapped = width >= WRAP_WIDTH && !Character.isWhitespace(line.charAt(line.length() - 1));
        }
        return out.toString().strip();
    }

    private static Optional<String> present(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
