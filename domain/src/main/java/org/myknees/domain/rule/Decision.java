package org.myknees.domain.rule;

import java.util.Objects;

/** A value a rule gave one field, with the rule that gave it, for explanations such as "category set by rule X". */
public record Decision<T>(T value, Rule rule) {

    public Decision {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }
}
