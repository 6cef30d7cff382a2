package org.myknees.adapter.bankformat.ofx;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OFX 2.x document with the JDK's StAX parser. DTDs and external entities are switched off, so a
 * file cannot make the parser fetch anything or expand entities (XXE, billion laughs); such a file fails
 * here and is then read as plain markup by {@link SgmlReader}, which expands nothing.
 */
final class XmlReader {

    private XmlReader() {
    }

    /**
     * Reads well-formed XML into a tree under a nameless root element.
     *
     * @param linesBefore lines of the file before {@code text} starts, so line numbers match the file
     *
     * @throws XMLStreamException when the text is not well-formed XML or declares a DTD
     * @throws OfxSyntaxException when elements nest deeper than {@link SgmlReader#MAX_DEPTH} or number more
     *                             than {@link SgmlReader#MAX_ELEMENTS}
     */
    static OfxElement read(String text, int linesBefore) throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(text));
        try {
            return read(reader, linesBefore);
        } finally {
            reader.close();
        }
    }

    private static OfxElement read(XMLStreamReader reader, int linesBefore) throws XMLStreamException {
        OfxElement root = new OfxElement("", 1);
        SgmlReader.ElementNames names = new SgmlReader.ElementNames();
        Deque<OfxElement> open = new ArrayDeque<>();
        open.push(root);
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    int line = reader.getLocation().getLineNumber() + linesBefore;
                    if (open.size() > SgmlReader.MAX_DEPTH) {
                        throw new OfxSyntaxException(line, "elements nest deeper than " + SgmlReader.MAX_DEPTH
                                + " levels");
                    }
                    OfxElement element = new OfxElement(names.element(reader.getLocalName(), line), line);
                    open.peek().add(element);
                    open.push(element);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        open.peek().appendText(reader.getText());
                case XMLStreamConstants.DTD -> throw new XMLStreamException(
                        "a DOCTYPE declaration is not allowed in OFX", reader.getLocation());
                default -> {
                    // comments and processing instructions carry no statement data
                }
            }
        }
        return root;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
