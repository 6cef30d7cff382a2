package org.myknees.adapter.bankformat.ofx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tolerant reader for OFX 1.x SGML bodies, also used for headerless files and for 2.x files that are not
 * well-formed XML. OFX 1.x leaves the end tag of a leaf element out ({@code <TRNAMT>-20.00} up to the next
 * tag), writes values on the same line or the next, puts several tags on a line or the whole body on one,
 * and sometimes closes leaves after all; this reader accepts all of these in one linear pass.
 *
 * <p>Rules, from the OFX 1.x SGML conventions: an element that received text is a leaf and ends at the next
 * tag; an end tag closes the nearest open element of that name and every element opened after it; an element
 * ended that way without its own end tag and not a known aggregate was an empty leaf, so whatever was read
 * into it belongs to its parent; an element never contains another of its own name. Stray end tags, broken
 * tags, comments, processing instructions and declarations are skipped; {@code <![CDATA[...]]>} is text.
 */
final class SgmlReader {

    /** Deeper nesting than any OFX message has; a guard against hostile input, not a format limit. */
    static final int MAX_DEPTH = 64;
    /** About a hundred thousand transactions; keeps the tree of a hostile file within a few hundred megabytes. */
    static final int MAX_ELEMENTS = 1_000_000;

    /** Aggregates that keep their children even when a broken file leaves out their end tag. */
    private static final Set<String> AGGREGATES = Set.of("OFX", "SIGNONMSGSRSV1", "SONRS", "STATUS", "FI",
            "BANKMSGSRSV1", "STMTTRNRS", "STMTRS", "BANKACCTFROM", "BANKACCTTO", "BANKTRANLIST", "STMTTRN",
            "PAYEE", "LEDGERBAL", "AVAILBAL", "BALLIST", "BAL", "CURRENCY", "ORIGCURRENCY", "CREDITCARDMSGSRSV1",
            "CCSTMTTRNRS", "CCSTMTRS", "CCACCTFROM", "CCACCTTO", "INVSTMTMSGSRSV1", "INVSTMTTRNRS", "INVSTMTRS",
            "INVACCTFROM", "INVTRANLIST", "INVPOSLIST", "INVBAL", "SECLISTMSGSRSV1", "SECLIST", "SIGNUPMSGSRSV1",
            "ACCTINFOTRNRS", "ACCTINFORS", "ACCTINFO", "BANKACCTINFO", "CCACCTINFO", "INVACCTINFO");

    private final String text;
    private final LineCounter lines;
    private final Deque<OfxElement> open = new ArrayDeque<>();
    private final OfxElement root = new OfxElement("", 1);
    private final ElementNames names = new ElementNames();
    private int pos;

    private SgmlReader(String text, int start) {
        this.text = text;
        this.lines = new LineCounter(text);
        this.pos = start;
    }

    /**
     * Reads the markup from {@code start} on into a tree under a nameless root element.
     *
     * @throws OfxSyntaxException when elements nest deeper than {@link #MAX_DEPTH} or number more than
     *                             {@link #MAX_ELEMENTS}
     */
    static OfxElement read(String text, int start) {
        SgmlReader reader = new SgmlReader(text, start);
        reader.open.push(reader.root);
        reader.readAll();
        return reader.root;
    }

    private void readAll() {
        while (pos < text.length()) {
            if (text.charAt(pos) == '<') {
                readMarkup();
            } else {
                int next = text.indexOf('<', pos);
                int end = next < 0 ? text.length() : next;
                open.peek().appendText(OfxEntities.decode(text.substring(pos, end)));
                pos = end;
            }
        }
        while (open.size() > 1) {
            closeTop(false);
        }
    }

    private void readMarkup() {
        if (text.startsWith("<!--", pos)) {
            pos = after("-->", pos + 4);
        } else if (text.startsWith("<![CDATA[", pos)) {
            int end = text.indexOf("]]>", pos + 9);
            int stop = end < 0 ? text.length() : end;
            open.peek().appendText(text.substring(pos + 9, stop));
            pos = end < 0 ? text.length() : end + 3;
        } else if (text.startsWith("<!", pos) || text.startsWith("<?", pos)) {
            pos = after(">", pos + 2);
        } else if (text.startsWith("</", pos)) {
            readEndTag();
        } else {
            readStartTag();
        }
    }

    private void readStartTag() {
        int nameEnd = nameEnd(pos + 1);
        int close = nameEnd == pos + 1 ? -1 : tagClose(nameEnd);
        if (close < 0) {
            literalLessThan();
            return;
        }
        int line = lines.lineAt(pos);
        String name = names.element(text.substring(pos + 1, nameEnd), line);
        boolean selfClosing = text.charAt(close - 1) == '/';
        pos = close + 1;
        while (open.peek() != root && open.peek().hasText()) {
            closeTop(false);
        }
        closeOpenNamesake(name);
        if (open.size() > MAX_DEPTH) {
            throw new OfxSyntaxException(line, "elements nest deeper than " + MAX_DEPTH + " levels");
        }
        OfxElement element = new OfxElement(name, line);
        open.peek().add(element);
        if (!selfClosing) {
            open.push(element);
        }
    }

    private void readEndTag() {
        int nameEnd = nameEnd(pos + 2);
        int close = nameEnd == pos + 2 ? -1 : tagClose(nameEnd);
        if (close < 0) {
            literalLessThan();
            return;
        }
        String name = text.substring(pos + 2, nameEnd).toUpperCase(Locale.ROOT);
        pos = close + 1;
        if (!isOpen(name)) {
            return;
        }
        while (!open.peek().name().equals(name)) {
            closeTop(false);
        }
        closeTop(true);
    }

    /** OFX aggregates never contain one of their own name, so a second start tag ends an unclosed first one. */
    private void closeOpenNamesake(String name) {
        if (!isOpen(name)) {
            return;
        }
        while (!open.peek().name().equals(name)) {
            closeTop(false);
        }
        closeTop(false);
    }

    private boolean isOpen(String name) {
        for (OfxElement element : open) {
            if (element != root && element.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void closeTop(boolean explicitly) {
        OfxElement element = open.pop();
        if (!explicitly && !element.children().isEmpty() && !AGGREGATES.contains(element.name())) {
            open.peek().adoptChildrenOf(element);
        }
    }

    private void literalLessThan() {
        open.peek().appendText("<");
        pos++;
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the {@code >} ending a tag whose name ends at {@code from}, or -1 for a broken tag. */
    private int tagClose(int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<' || (i == from && !Character.isWhitespace(c) && c != '/')) {
                return -1;
            }
        }
        return -1;
    }

    private int after(String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == ':';
    }

    /**
     * Upper-cases element names and shares one string per name, and counts elements against
     * {@link #MAX_ELEMENTS}; both readers use it.
     */
    static final class ElementNames {
        private final Map<String, String> known = new HashMap<>();
        private int elements;

        String element(String name, int line) {
            if (++elements > MAX_ELEMENTS) {
                throw new OfxSyntaxException(line, "the file holds more than " + MAX_ELEMENTS + " elements");
            }
            return known.computeIfAbsent(name.toUpperCase(Locale.ROOT), upper -> upper);
        }
    }

    /** Turns character offsets into 1-based line numbers, moving forward only, so the whole pass stays linear. */
    static final class LineCounter {
        private final String text;
        private int scanned;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The line of {@code offset}; offsets must not decrease from one call to the next. */
        int lineAt(int offset) {
            for (int i = scanned; i < offset && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                }
            }
            scanned = Math.max(scanned, offset);
            return line;
        }
    }
}
