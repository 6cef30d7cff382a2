package org.myknees.adapter.bankformat.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed XML document, known by its local name (namespace prefixes are ignored), with the
 * line where it starts, its attributes, its own text and its children.
 */
final class XmlElement {

    private final String name;
    private final String namespace;
    private final int line;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, String namespace, int line, Map<String, String> attributes) {
        this.name = name;
        this.namespace = namespace;
        this.line = line;
        this.attributes = Map.copyOf(attributes);
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    int line() {
        return line;
    }

    void add(XmlElement child) {
        children.add(child);
    }

    void append(String characters) {
        text.append(characters);
    }

    List<XmlElement> children() {
        return List.copyOf(children);
    }

    /** The children named {@code name}, in document order. */
    List<XmlElement> children(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The first element reached by following the path of child names; the empty path is this element. */
    Optional<XmlElement> at(String... path) {
        XmlElement current = this;
        for (String step : path) {
            XmlElement next = null;
            for (XmlElement child : current.children) {
                if (child.name.equals(step)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    /** The trimmed text of the element at the path, when it has any. */
    Optional<String> text(String... path) {
        return at(path).map(e -> e.text.toString().strip()).filter(t -> !t.isEmpty());
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The element written back as XML without namespaces: what a quarantined row keeps of it. */
    String toXml() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        out.append('<').append(name);
        attributes.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escape(value))
                .append('"'));
        out.append('>');
        out.append(escape(text.toString().strip()));
        for (XmlElement child : children) {
            child.write(out);
        }
        out.append("</").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
