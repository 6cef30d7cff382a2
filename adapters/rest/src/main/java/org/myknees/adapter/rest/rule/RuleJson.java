package org.myknees.adapter.rest.rule;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.adapter.rest.MoneyJson;

/** The request and response records of the rule resources. */
public final class RuleJson {

    private RuleJson() {
    }

    @Schema(name = "RuleCondition", description = "A test on one field of a transaction, or a group of tests: "
            + "exactly one of field, all, any and not. Text comparison ignores case unless caseSensitive.")
    public record ConditionJson(
            @Schema(enumeration = {"rawDescriptor", "normalizedDescriptor", "merchant", "amount", "direction",
                    "account", "date", "weekday"}, description = "The field tested (a leaf)") String field,
            @Schema(enumeration = {"equals", "contains", "startsWith", "endsWith", "regex", "oneOf", "between"},
                    description = "Text fields: equals, contains, startsWith, endsWith, regex (POSIX ERE), oneOf. "
                            + "amount: equals, oneOf, between. direction: equals (in or out). account, weekday: "
                            + "equals, oneOf. date: between.") String operator,
            @Schema(description = "The one value compared with", example = "STARBUCKS") String value,
            @Schema(description = "Several values: for oneOf, and the two bounds of between (both included)")
            List<String> values,
            @Schema(description = "Text fields: compare case as written (default false)") Boolean caseSensitive,
            @Schema(description = "amount: the ISO 4217 currency of the values", example = "USD") String currency,
            @Schema(description = "amount: compare the absolute amount, whichever way the money moved")
            Boolean magnitude,
            @Schema(description = "Every condition holds (AND)") List<ConditionJson> all,
            @Schema(description = "At least one condition holds (OR)") List<ConditionJson> any,
            @Schema(description = "The condition does not hold (NOT)") ConditionJson not) {
    }

    @Schema(name = "RuleAction", description = "What a matching rule does")
    public record ActionJson(
            @Schema(required = true, enumeration = {"setCategory", "setMerchant", "addTag", "setOneTimeEvent",
                    "markTransfer", "setNotes"}) String type,
            @Schema(description = "The category key, merchant name, tag, one-time event id or notes; absent for "
                    + "markTransfer", example = "FOOD_AND_DRINK_COFFEE") String value) {
    }

    @Schema(name = "RuleRequest", description = "A rule, whole: a new one, or the replacement of one")
    public record RuleRequest(
            @Schema(required = true, example = "Coffee shops") String name,
            @Schema(enumeration = {"pre", "default", "post"}, description = "Stages run in order pre, default, "
                    + "post (default: default)") String stage,
            @Schema(description = "Order within the stage, from 0; absent puts the rule last. A taken position "
                    + "moves that rule and the ones after it down by one.") Integer position,
            @Schema(enumeration = {"all", "any"}, description = "Whether all conditions (default) or any must hold")
            String match,
            @Schema(required = true, description = "At least one condition") List<ConditionJson> conditions,
            @Schema(required = true, description = "At least one action") List<ActionJson> actions,
            @Schema(description = "When this rule matches, no later rule runs") Boolean stopProcessing,
            @Schema(description = "When this rule matches, the later rules of its stage still run (otherwise the "
                    + "first match of a stage ends it)") Boolean applyAllMatches) {
    }

    @Schema(name = "RuleResponse")
    public record RuleResponse(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true) String name,
            @Schema(required = true, enumeration = {"pre", "default", "post"}) String stage,
            @Schema(required = true) int position,
            @Schema(required = true, enumeration = {"all", "any"}) String match,
            @Schema(required = true) List<ConditionJson> conditions,
            @Schema(required = true) List<ActionJson> actions,
            @Schema(required = true) boolean stopProcessing,
            @Schema(required = true) boolean applyAllMatches,
            @Schema(required = true, description = "Send it back as If-Match to replace or delete safely")
            long version) {
    }

    @Schema(name = "RuleChange", description = "One field of one transaction that the rules would change")
    public record ChangeResponse(
            @Schema(required = true, format = "uuid") String transactionId,
            @Schema(required = true, format = "date") String bookingDate,
            @Schema(required = true) String descriptor,
            @Schema(required = true) MoneyJson amount,
            @Schema(required = true, enumeration = {"category", "merchant", "tag", "one_time_event", "notes"},
                    description = "The field that would change; a tag is added, never removed")
            String field,
            @Schema(description = "The field's value now; absent when it has none, and always for an added tag")
            String before,
            @Schema(required = true, example = "FOOD_AND_DRINK_COFFEE",
                    description = "The value the rule gives it: a category key, merchant name, tag, one-time event "
                            + "id or notes") String after,
            @Schema(required = true, format = "uuid") String ruleId,
            @Schema(required = true) String ruleName) {
    }

    @Schema(name = "RulePreview", description = "What applying the rules now would change; nothing is written")
    public record PreviewResponse(
            @Schema(required = true, description = "Transactions looked at") long examined,
            @Schema(required = true, description = "Field changes the rules would make") long total,
            @Schema(required = true, description = "Whether more would change than are listed") boolean truncated,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = ChangeResponse.class)
            List<ChangeResponse> changes) {
    }

    @Schema(name = "RulesApplied")
    public record AppliedResponse(
            @Schema(required = true, description = "Transactions looked at") long examined,
            @Schema(required = true, description = "Transactions on which the rules changed at least one field")
            long changed,
            @Schema(required = true, description = "Transactions left alone because a person pinned the category")
            long pinned) {
    }

    @Schema(name = "CategorizationResult", description = "A transaction categorized again with every source")
    public record CategorizedResponse(
            @Schema(required = true, format = "uuid") String transactionId,
            @Schema(description = "The category now; absent when nothing was sure") String category,
            @Schema(required = true, example = "learned", description = "manual, rule, learned, merchant, model, "
                    + "import or none") String source,
            @Schema(required = true) double confidence,
            @Schema(description = "What exactly decided it, such as a rule id or the correction it learned from")
            String decidedBy,
            @Schema(required = true, description = "Up to three suggestions when nothing was sure")
            List<SuggestionResponse> suggestions,
            @Schema(required = true, description = "The transaction's version after categorizing") long version) {
    }

    @Schema(name = "CategorySuggestion")
    public record SuggestionResponse(@Schema(required = true) String category,
                                     @Schema(required = true) double confidence,
                                     @Schema(required = true) String evidence) {
    }
}
