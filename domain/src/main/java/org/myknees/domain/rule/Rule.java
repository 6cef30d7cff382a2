package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A categorization rule: when its {@link Condition} holds for a transaction, its {@link RuleAction}s apply.
 *
 * <p>Rules run in {@link RuleStage} order, and within a stage by ascending {@link #position()}. In a stage the
 * first matching rule wins and the stage ends there, unless that rule {@link #appliesAllMatches() applies all
 * matches}, in which case the following rules of the stage are still tried. A rule that
 * {@link #stopsProcessing() stops processing} ends the whole evaluation when it matches. When several applied
 * rules set the same field the last one applied decides it; tags accumulate.
 *
 * <p>A rule is checked when built: a bad regex, an empty pattern, a range whose minimum exceeds its maximum, a
 * rule without actions and the like throw an {@link InvalidRuleException} that names the rule. Immutable and
 * thread-safe; equal when all its parts are equal.
 */
public final class Rule {

    private final RuleId id;
    private final String name;
    private final RuleStage stage;
    private final int position;
    private final Condition condition;
    private final List<RuleAction> actions;
    private final boolean stopsProcessing;
    private final boolean appliesAllMatches;
    private final Predicate<RuleSubject> reference;

    private Rule(Builder builder) {
        id = Objects.requireNonNull(builder.id, "id");
        name = Objects.requireNonNull(builder.name, "name");
        stage = Objects.requireNonNull(builder.stage, "stage");
        position = builder.position;
        condition = builder.condition;
        actions = List.copyOf(builder.actions);
        stopsProcessing = builder.stopsProcessing;
        appliesAllMatches = builder.appliesAllMatches;
        if (name.isBlank()) {
            throw invalid("the name is blank");
        }
        if (condition == null) {
            throw invalid("it has no condition");
        }
        if (stopsProcessing && appliesAllMatches) {
            throw invalid("it cannot both stop processing and go on to apply all matches");
        }
        checkActions();
        try {
            reference = ReferenceMatcher.compile(condition);
        } catch (ReferenceMatcher.Problem problem) {
            throw invalid(problem.getMessage());
        }
    }

    /** Starts a rule; {@link Builder#when} and at least one {@link Builder#then} are required. */
    public static Builder builder(RuleId id, String name) {
        return new Builder(id, name);
    }

    public RuleId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RuleStage stage() {
        return stage;
    }

    /** Order within the stage, ascending. */
    public int position() {
        return position;
    }

    public Condition condition() {
        return condition;
    }

    public List<RuleAction> actions() {
        return actions;
    }

    /** When this rule matches, no later rule of any stage is tried. */
    public boolean stopsProcessing() {
        return stopsProcessing;
    }

    /** When this rule matches, the later rules of its stage are still tried instead of the stage ending. */
    public boolean appliesAllMatches() {
        return appliesAllMatches;
    }

    /** Whether the condition holds for the subject, tested on its own: the meaning a {@link RuleSet} preserves. */
    public boolean matches(RuleSubject subject) {
        return reference.test(subject);
    }

    private void checkActions() {
        if (actions.isEmpty()) {
            throw invalid("it has no action");
        }
        Set<Class<?>> fields = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (RuleAction action : actions) {
            if (action instanceof RuleAction.AddTag tag) {
                if (tag.tag().isBlank()) {
                    throw invalid("it adds a blank tag");
                }
                if (!tags.add(tag.tag())) {
                    throw invalid("it adds the tag '" + tag.tag() + "' twice");
                }
            } else if (!fields.add(action.getClass())) {
                throw invalid("it has two " + action.getClass().getSimpleName() + " actions");
            }
            if (action instanceof RuleAction.SetMerchant merchant && merchant.merchant().isBlank()) {
                throw invalid("it sets a blank merchant");
            }
        }
    }

    private InvalidRuleException invalid(String reason) {
        return new InvalidRuleException(name, id, reason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule rule && id.equals(rule.id) && name.equals(rule.name) && stage == rule.stage
                && position == rule.position && condition.equals(rule.condition) && actions.equals(rule.actions)
                && stopsProcessing == rule.stopsProcessing && appliesAllMatches == rule.appliesAllMatches;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, stage, position, condition, actions, stopsProcessing, appliesAllMatches);
    }

    @Override
    public String toString() {
        return "Rule '" + name + "' (" + stage + " #" + position + ", " + id + ")";
    }

    /** Collects the parts of a {@link Rule}; {@link #build()} checks them. Stage defaults to {@link RuleStage#DEFAULT}. */
    public static final class Builder {

        private final RuleId id;
        private final String name;
        private RuleStage stage = RuleStage.DEFAULT;
        private int position;
        private Condition condition;
        private final List<RuleAction> actions = new ArrayList<>();
        private boolean stopsProcessing;
        private boolean appliesAllMatches;

        private Builder(RuleId id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder stage(RuleStage stage) {
            this.stage = stage;
            return this;
        }

        public Builder position(int position) {
            this.position = position;
            return this;
        }

        public Builder when(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return this;
        }

        public Builder then(RuleAction... actions) {
            this.actions.addAll(List.of(actions));
            return this;
        }

        public Builder stopProcessing() {
            this.stopsProcessing = true;
            return this;
        }

        public Builder applyAllMatches() {
            this.appliesAllMatches = true;
            return this;
        }

        /** @throws InvalidRuleException when the parts cannot make a working rule */
        public Rule build() {
            return new Rule(this);
        }
    }
}
