package org.myknees.adapter.bankformat.ofx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One element of an OFX document, whichever dialect it came from: an aggregate holds children, a leaf holds
 * text. Names are upper case. Both readers build this tree so that one interpreter serves OFX 1.x and 2.x.
 */
final class OfxElement {

    private final String name;
    private final int line;
    /** Most elements are leaves, so the list and the text buffer are only made when needed. */
    private List<OfxElement> children = List.of();
    private CharSequence text;

    OfxElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    /** The 1-based line of the start tag. */
    int line() {
        return line;
    }

    List<OfxElement> children() {
        return Collections.unmodifiableList(children);
    }

    void add(OfxElement child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    /** Moves the children of {@code other} to the end of this element's children. */
    void adoptChildrenOf(OfxElement other) {
        for (OfxElement child : other.children) {
            add(child);
        }
        other.children = List.of();
    }

    /** Adds character data; text after the first child is stray markup noise and is not a value. */
    void appendText(String chars) {
        if (!children.isEmpty()) {
            return;
        }
        if (text == null) {
            text = chars;
        } else if (text instanceof StringBuilder builder) {
            builder.append(chars);
        } else {
            text = new StringBuilder(text).append(chars);
        }
    }

    boolean hasText() {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element's own value, trimmed; empty when it has none. */
    String text() {
        return text == null ? "" : text.toString().strip();
    }

    Optional<OfxElement> child(String childName) {
        for (OfxElement child : children) {
            if (child.name.equals(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** The trimmed value of a direct child leaf; empty when the child is absent or blank. */
    Optional<String> value(String childName) {
        return child(childName).map(OfxElement::text).filter(v -> !v.isEmpty());
    }

    /** Every element below this one named {@code wanted}, in document order. */
    List<OfxElement> descendants(String wanted) {
        return descendants(wanted::equals);
    }

    /**
     * Every element below this one whose name {@code wanted} accepts, in document order, without looking
     * inside a match (the aggregates searched for do not nest in one another).
     */
    List<OfxElement> descendants(Predicate<String> wanted) {
        List<OfxElement> found = new ArrayList<>();
        collect(wanted, found);
        return found;
    }

    private void collect(Predicate<String> wanted, List<OfxElement> found) {
        for (OfxElement child : children) {
            if (wanted.test(child.name)) {
                found.add(child);
            } else {
                child.collect(wanted, found);
            }
        }
    }

    /** The element written back as compact OFX markup, so a quarantined row keeps everything it said. */
    String toMarkup() {
        StringBuilder out = new StringBuilder();
        writeMarkup(out);
        return out.toString();
    }

    private void writeMarkup(StringBuilder out) {
        out.append('<').append(name).append('>');
        if (children.isEmpty()) {
            out.append(text());
            return;
        }
        for (OfxElement child : children) {
            child.writeMarkup(out);
        }
        out.append("</").append(name).append('>');
    }
}
