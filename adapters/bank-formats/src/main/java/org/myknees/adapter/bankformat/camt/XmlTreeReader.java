package org.myknees.adapter.bankformat.camt;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Reads XML into {@link XmlElement}s with the JDK's StAX parser. DTDs and external entities are switched off,
 * so a file cannot make the parser fetch anything or expand entity bombs; nesting deeper than any CAMT message
 * is refused.
 */
final class XmlTreeReader {

    /** CAMT messages nest about 15 levels deep; far more means the file is not one. */
    private static final int MAX_DEPTH = 64;

    private XmlTreeReader() {
    }

    static XmlElement read(byte[] content, Optional<Charset> charset, String fileName, Consumer<String> warn) {
        String text = XmlDecoder.decode(content, charset, fileName, warn);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            return tree(reader, fileName);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new StatementParseException(fileName, line, "not well-formed XML: " + reason(e), e);
        } catch (StatementParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK's parser reports a few malformed documents with unchecked exceptions, not XMLStreamException.
            throw new StatementParseException(fileName, 0, "not readable as XML: " + e, e);
        } finally {
            close(reader);
        }
    }

    private static XmlElement tree(XMLStreamReader reader, String fileName) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (open.size() >= MAX_DEPTH) {
                    throw new StatementParseException(fileName, reader.getLocation().getLineNumber(),
                            "elements nest deeper than " + MAX_DEPTH + " levels, which no CAMT message does");
                }
                Map<String, String> attributes = new HashMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
                XmlElement element = new XmlElement(reader.getLocalName(),
                        reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI(),
                        reader.getLocation().getLineNumber(), attributes);
                if (open.isEmpty()) {
                    root = element;
                } else {
                    open.peek().add(element);
                }
                open.push(element);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && !open.isEmpty()) {
                open.peek().append(reader.getText());
            }
        }
        if (root == null) {
            throw new StatementParseException(fileName, 0, "the file holds no XML element");
        }
        return root;
    }

    /** The JDK's message without its "ParseError at [row,col]" preamble. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int marker = message.indexOf("Message: ");
        return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing was opened that outlives the byte array.
            }
        }
    }
}
