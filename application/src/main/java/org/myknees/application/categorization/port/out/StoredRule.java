package org.myknees.application.categorization.port.out;

import java.util.Objects;
import org.myknees.domain.rule.Rule;

/**
 * A rule as a store keeps it.
 *
 * @param version 1 after the first save, one more after each later save; what If-Match compares
 */
public record StoredRule(Rule rule, long version) {

    public StoredRule {
        Objects.requireNonNull(rule, "rule");
        if (version < 1) {
            throw new IllegalArgumentException("A stored rule has version 1 or later, was " + version);
        }
    }
}
