package org.myknees.adapter.rest.rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.rule.RuleJson.ActionJson;
import org.myknees.adapter.rest.rule.RuleJson.ConditionJson;
import org.myknees.adapter.rest.rule.RuleJson.RuleRequest;
import org.myknees.adapter.rest.rule.RuleJson.RuleResponse;
import org.myknees.application.categorization.port.in.ManageRulesUseCase.RuleDraft;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.rule.AmountOperator;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.InvalidRuleException;
import org.myknees.domain.rule.MoneyDirection;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleStage;
import org.myknees.domain.rule.TextField;
import org.myknees.domain.rule.TextOperator;

/**
 * Translates between the JSON of a rule and the domain's rule model. Every fault is reported against its path in
 * the request ({@code conditions[1].any[0].operator}); a leaf condition the domain rejects (a bad regex, an empty
 * pattern, a range whose minimum exceeds its maximum) is checked on its own so the error can name it too.
 */
final class RuleMapping {

    private static final Map<String, TextField> TEXT_FIELDS = Map.of("rawDescriptor", TextField.RAW_DESCRIPTOR,
            "normalizedDescriptor", TextField.NORMALIZED_DESCRIPTOR, "merchant", TextField.MERCHANT);
    private static final Map<String, TextOperator> TEXT_OPERATORS = Map.of("equals", TextOperator.EQUALS,
            "contains", TextOperator.CONTAINS, "startsWith", TextOperator.STARTS_WITH, "endsWith", TextOperator.ENDS_WITH,
            "regex", TextOperator.REGEX, "oneOf", TextOperator.ONE_OF);
    private static final Map<String, AmountOperator> AMOUNT_OPERATORS = Map.of("equals", AmountOperator.EQUALS,
            "oneOf", AmountOperator.ONE_OF, "between", AmountOperator.BETWEEN);
    private static final RuleAction PROBE_ACTION = new RuleAction.MarkAsTransfer();

    private RuleMapping() {
    }

    static RuleDraft draft(RuleRequest body) {
        InvalidRequestException.require(body, "body");
        String name = InvalidRequestException.require(body.name(), "name");
        if (name.isBlank()) {
            throw new InvalidRequestException("name", "must not be blank");
        }
        RuleStage stage = body.stage() == null ? RuleStage.DEFAULT
                : choice(body.stage(), "stage", Map.of("pre", RuleStage.PRE, "default", RuleStage.DEFAULT,
                "post", RuleStage.POST));
        if (body.position() != null && body.position() < 0) {
            throw new InvalidRequestException("position", "must be 0 or more");
        }
        boolean any = body.match() != null && choice(body.match(), "match", Map.of("all", false, "any", true));
        List<Condition> conditions = conditions(body.conditions(), "conditions");
        Condition condition = conditions.size() == 1 ? conditions.get(0)
                : any ? new Condition.Any(conditions) : new Condition.All(conditions);
        List<ActionJson> actionsJson = InvalidRequestException.require(body.actions(), "actions");
        if (actionsJson.isEmpty()) {
            throw new InvalidRequestException("actions", "must hold at least one action");
        }
        List<RuleAction> actions = new ArrayList<>();
        for (int i = 0; i < actionsJson.size(); i++) {
            actions.add(action(actionsJson.get(i), "actions[" + i + "]"));
        }
        boolean stop = Boolean.TRUE.equals(body.stopProcessing());
        boolean all = Boolean.TRUE.equals(body.applyAllMatches());
        if (stop && all) {
            throw new InvalidRequestException("applyAllMatches", "cannot be combined with stopProcessing");
        }
        return new RuleDraft(name, stage, body.position() == null ? OptionalInt.empty() : OptionalInt.of(body.position()),
                condition, actions, stop, all);
    }

    private static List<Condition> conditions(List<ConditionJson> json, String path) {
        InvalidRequestException.require(json, path);
        if (json.isEmpty()) {
            throw new InvalidRequestException(path, "must hold at least one condition");
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            conditions.add(condition(json.get(i), path + "[" + i + "]"));
        }
        return conditions;
    }

    private static Condition condition(ConditionJson json, String path) {
        InvalidRequestException.require(json, path);
        int kinds = (json.field() != null ? 1 : 0) + (json.all() != null ? 1 : 0) + (json.any() != null ? 1 : 0)
                + (json.not() != null ? 1 : 0);
        if (kinds != 1) {
            throw new InvalidRequestException(path, "must have exactly one of field, all, any and not");
        }
        if (json.all() != null) {
            return new Condition.All(conditions(json.all(), path + ".all"));
        }
        if (json.any() != null) {
            return new Condition.Any(conditions(json.any(), path + ".any"));
        }
        if (json.not() != null) {
            return new Condition.Not(condition(json.not(), path + ".not"));
        }
        Condition leaf = leaf(json, path);
        try {
            Rule.builder(RuleId.newId(), path).when(leaf).then(PROBE_ACTION).build();
        } catch (InvalidRuleException e) {
            throw new InvalidRequestException(path + (json.value() != null ? ".value" : ".values"), e.reason());
        }
        return leaf;
    }

    private static Condition leaf(ConditionJson json, String path) {
        String operator = InvalidRequestException.require(json.operator(), path + ".operator");
        TextField text = TEXT_FIELDS.get(json.field());
        if (text != null) {
            TextOperator op = choice(operator, path + ".operator", TEXT_OPERATORS);
            List<String> patterns = op == TextOperator.ONE_OF ? values(json, path) : List.of(value(json, path));
            return new Condition.Text(text, op, patterns, Boolean.TRUE.equals(json.caseSensitive()));
        }
        switch (json.field()) {
            case "amount" -> {
                AmountOperator op = choice(operator, path + ".operator", AMOUNT_OPERATORS);
                String code = InvalidRequestException.require(json.currency(), path + ".currency");
                Currency currency = InvalidRequestException.parse(code, path + ".currency", Money::currency);
                List<String> texts = op == AmountOperator.EQUALS ? List.of(value(json, path)) : values(json, path);
                if (op == AmountOperator.BETWEEN && texts.size() != 2) {
                    throw new InvalidRequestException(path + ".values", "must hold the two bounds of between");
                }
                List<Money> amounts = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    String where = op == AmountOperator.EQUALS ? path + ".value" : path + ".values[" + i + "]";
                    amounts.add(InvalidRequestException.parse(texts.get(i), where, t -> Money.parse(t, currency)));
                }
                return new Condition.Amount(op, amounts, Boolean.TRUE.equals(json.magnitude()));
            }
            case "direction" -> {
                choice(operator, path + ".operator", Map.of("equals", true));
                return new Condition.Direction(choice(value(json, path), path + ".value",
                        Map.of("in", MoneyDirection.IN, "out", MoneyDirection.OUT)));
            }
            case "account" -> {
                return new Condition.Account(set(json, path, operator, AccountId::of));
            }
            case "weekday" -> {
                return new Condition.Weekday(set(json, path, operator,
                        t -> DayOfWeek.valueOf(t.toUpperCase(Locale.ROOT))));
            }
            case "date" -> {
                choice(operator, path + ".operator", Map.of("between", true));
                List<String> bounds = values(json, path);
                if (bounds.size() != 2) {
                    throw new InvalidRequestException(path + ".values", "must hold the two days of between");
                }
                return new Condition.BookedBetween(
                        InvalidRequestException.parse(bounds.get(0), path + ".values[0]", LocalDate::parse),
                        InvalidRequestException.parse(bounds.get(1), path + ".values[1]", LocalDate::parse));
            }
            default -> throw new InvalidRequestException(path + ".field", "is not one of rawDescriptor, "
                    + "normalizedDescriptor, merchant, amount, direction, account, date, weekday");
        }
    }

    /** The value, or the values of oneOf, of an account or weekday condition. */
    private static <T> Set<T> set(ConditionJson json, String path, String operator, Function<String, T> parser) {
        boolean oneOf = choice(operator, path + ".operator", Map.of("equals", false, "oneOf", true));
        List<String> texts = oneOf ? values(json, path) : List.of(value(json, path));
        Set<T> parsed = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            parsed.add(InvalidRequestException.parse(texts.get(i), oneOf ? path + ".values[" + i + "]"
                    : path + ".value", parser));
        }
        return parsed;
    }

    private static String value(ConditionJson json, String path) {
        return InvalidRequestException.require(json.value(), path + ".value");
    }

    private static List<String> values(ConditionJson json, String path) {
        List<String> values = InvalidRequestException.require(json.values(), path + ".values");
        if (values.isEmpty()) {
            throw new InvalidRequestException(path + ".values", "must hold at least one value");
        }
        for (int i = 0; i < values.size(); i++) {
            InvalidRequestException.require(values.get(i), path + ".values[" + i + "]");
        }
        return values;
    }

    private static RuleAction action(ActionJson json, String path) {
        InvalidRequestException.require(json, path);
        String type = InvalidRequestException.require(json.type(), path + ".type");
        String value = path + ".value";
        return switch (type) {
            case "setCategory" -> new RuleAction.SetCategory(InvalidRequestException.parse(json.value(), value,
                    CategoryKey::new));
            case "setMerchant" -> new RuleAction.SetMerchant(notBlank(json.value(), value));
            case "addTag" -> new RuleAction.AddTag(notBlank(json.value(), value));
            case "setOneTimeEvent" -> new RuleAction.SetOneTimeEvent(InvalidRequestException.parse(json.value(),
                    value, OneTimeEventId::of));
            case "markTransfer" -> new RuleAction.MarkAsTransfer();
            case "setNotes" -> new RuleAction.SetNotes(InvalidRequestException.require(json.value(), value));
            default -> throw new InvalidRequestException(path + ".type", "is not one of setCategory, setMerchant, "
                    + "addTag, setOneTimeEvent, markTransfer, setNotes");
        };
    }

    private static String notBlank(String text, String path) {
        if (InvalidRequestException.require(text, path).isBlank()) {
            throw new InvalidRequestException(path, "must not be blank");
        }
        return text;
    }

    private static <T> T choice(String text, String path, Map<String, T> choices) {
        T chosen = choices.get(text);
        if (chosen == null) {
            throw new InvalidRequestException(path, "is not one of " + String.join(", ",
                    choices.keySet().stream().sorted().toList()) + ": '" + text + "'");
        }
        return chosen;
    }

    static RuleResponse response(StoredRule stored) {
        Rule rule = stored.rule();
        boolean any = rule.condition() instanceof Condition.Any;
        List<Condition> top = rule.condition() instanceof Condition.All all ? all.conditions()
                : rule.condition() instanceof Condition.Any anyOf ? anyOf.conditions() : List.of(rule.condition());
        return new RuleResponse(rule.id().toString(), rule.name(), rule.stage().name().toLowerCase(Locale.ROOT),
                rule.position(), any ? "any" : "all", top.stream().map(RuleMapping::json).toList(),
                rule.actions().stream().map(RuleMapping::json).toList(), rule.stopsProcessing(),
                rule.appliesAllMatches(), stored.version());
    }

    private static ConditionJson json(Condition condition) {
        if (condition instanceof Condition.All all) {
            return group(all.conditions().stream().map(RuleMapping::json).toList(), null, null);
        } else if (condition instanceof Condition.Any any) {
            return group(null, any.conditions().stream().map(RuleMapping::json).toList(), null);
        } else if (condition instanceof Condition.Not not) {
            return group(null, null, json(not.condition()));
        } else if (condition instanceof Condition.Text text) {
            String field = key(TEXT_FIELDS, text.field());
            String operator = key(TEXT_OPERATORS, text.operator());
            boolean many = text.operator() == TextOperator.ONE_OF;
            return new ConditionJson(field, operator, many ? null : text.patterns().get(0),
                    many ? text.patterns() : null, text.caseSensitive(), null, null, null, null, null);
        } else if (condition instanceof Condition.Amount amount) {
            boolean one = amount.operator() == AmountOperator.EQUALS;
            List<String> values = amount.values().stream().map(Money::toDecimalString).toList();
            return new ConditionJson("amount", key(AMOUNT_OPERATORS, amount.operator()), one ? values.get(0) : null,
                    one ? null : values, null, amount.values().get(0).currency().getCurrencyCode(), amount.magnitude(),
                    null, null, null);
        } else if (condition instanceof Condition.Direction direction) {
            return leaf("direction", "equals", List.of(direction.direction().name().toLowerCase(Locale.ROOT)));
        } else if (condition instanceof Condition.Account account) {
            return leaf("account", "oneOf", account.accounts().stream().map(AccountId::toString).sorted().toList());
        } else if (condition instanceof Condition.Weekday weekday) {
            return leaf("weekday", "oneOf", weekday.days().stream().sorted().map(DayOfWeek::name).toList());
        }
        Condition.BookedBetween between = (Condition.BookedBetween) condition;
        return new ConditionJson("date", "between", null, List.of(between.from().toString(), between.to().toString()),
                null, null, null, null, null, null);
    }

    private static ConditionJson leaf(String field, String operator, List<String> values) {
        boolean one = operator.equals("equals");
        return new ConditionJson(field, operator, one ? values.get(0) : null, one ? null : values, null, null, null,
                null, null, null);
    }

    private static ConditionJson group(List<ConditionJson> all, List<ConditionJson> any, ConditionJson not) {
        return new ConditionJson(null, null, null, null, null, null, null, all, any, not);
    }

    private static ActionJson json(RuleAction action) {
        if (action instanceof RuleAction.SetCategory set) {
            return new ActionJson("setCategory", set.category().value());
        } else if (action instanceof RuleAction.SetMerchant set) {
            return new ActionJson("setMerchant", set.merchant());
        } else if (action instanceof RuleAction.AddTag tag) {
            return new ActionJson("addTag", tag.tag());
        } else if (action instanceof RuleAction.SetOneTimeEvent event) {
            return new ActionJson("setOneTimeEvent", event.event().toString());
        } else if (action instanceof RuleAction.SetNotes notes) {
            return new ActionJson("setNotes", notes.notes());
        }
        return new ActionJson("markTransfer", null);
    }

    private static <T> String key(Map<String, T> map, T value) {
        return map.entrySet().stream().filter(e -> e.getValue() == value).findFirst().orElseThrow().getKey();
    }
}
