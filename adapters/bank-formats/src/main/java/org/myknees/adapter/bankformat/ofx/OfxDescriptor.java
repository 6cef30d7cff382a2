package org.myknees.adapter.bankformat.ofx;

import java.util.Optional;

/** Builds the raw descriptor of a row from the bank's name and memo texts, keeping both verbatim. */
final class OfxDescriptor {

    private OfxDescriptor() {
    }

    /**
     * Name and memo joined by a space. Banks often cut the name short and repeat it in full in the memo (or
     * the other way round), so when one contains the other only the longer one is kept.
     */
    static String join(Optional<String> name, Optional<String> memo) {
        if (name.isEmpty() || memo.isEmpty()) {
            return name.or(() -> memo).orElse("");
        }
        String first = name.get();
        String second = memo.get();
        if (second.contains(first)) {
            return second;
        }
        if (first.contains(second)) {
            return first;
        }
        return first + " " + second;
    }
}
