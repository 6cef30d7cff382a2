package org.myknees.adapter.bankformat.ofx;

import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Chooses the reader for an OFX text: files that open with an XML declaration or an {@code <?OFX ...?>}
 * header are OFX 2.x and go to StAX; everything else (1.x colon headers, headerless bodies) and 2.x files
 * that turn out not to be well-formed go to the tolerant {@link SgmlReader}.
 */
final class OfxMarkup {

    private OfxMarkup() {
    }

    /**
     * @throws OfxSyntaxException when the text has no markup at all or nests too deep
     */
    static OfxElement read(String text, List<String> warnings) {
        int firstTag = text.indexOf('<');
        if (firstTag < 0) {
            throw new OfxSyntaxException(0, "not an OFX file: it contains no OFX markup");
        }
        String opening = text.substring(firstTag, Math.min(text.length(), firstTag + 5)).toLowerCase(Locale.ROOT);
        if (opening.equals("<?xml") || opening.equals("<?ofx")) {
            int linesBefore = new SgmlReader.LineCounter(text).lineAt(firstTag) - 1;
            try {
                return XmlReader.read(text.substring(firstTag), linesBefore);
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber() + linesBefore;
                warnings.add("The file is OFX 2 but not well-formed XML (line " + line + ": " + reason(e)
                        + "); it was read leniently");
            }
        }
        return SgmlReader.read(text, firstTag);
    }

    /** The JDK prefixes its messages with the position, which the warning already gives. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start < 0 ? message : message.substring(start + 9)).strip();
    }
}
