package org.myknees.application.categorization.port.in;

import java.util.Objects;
import java.util.OptionalLong;
import org.myknees.domain.household.HouseholdId;
import org.myknees.application.categorization.port.in.ManageRulesUseCase.RuleDraft;
import org.myknees.domain.household.UserId;
import org.myknees.domain.rule.RuleId;

/** The commands of the rule use cases; each validates itself on construction. */
public final class RuleCommands {

    private RuleCommands() {
    }

    public record CreateRuleCommand(UserId actor, HouseholdId household, RuleDraft draft) {
        public CreateRuleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** Replaces a rule whole; with an expected version the replacement is refused if the rule changed since. */
    public record ReplaceRuleCommand(UserId actor, HouseholdId household, RuleId rule, RuleDraft draft,
                                     OptionalLong expectedVersion) {
        public ReplaceRuleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    public record DeleteRuleCommand(UserId actor, HouseholdId household, RuleId rule, OptionalLong expectedVersion) {
        public DeleteRuleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    /**
     * Replaces every rule of the household with the rules of a {@code match,pattern,category[,tier]} file.
     *
     * @param source the file's name, for messages
     */
    public record ImportRulesCommand(UserId actor, HouseholdId household, String source, String csv) {
        public ImportRulesCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(csv, "csv");
        }
    }
}
