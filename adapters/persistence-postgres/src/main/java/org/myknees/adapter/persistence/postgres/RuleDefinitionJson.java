package org.myknees.adapter.persistence.postgres;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.rule.AmountOperator;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.MoneyDirection;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleStage;
import org.myknees.domain.rule.TextField;
import org.myknees.domain.rule.TextOperator;

/**
 * The {@code definition} column of a stored rule: its condition tree, actions and flags as JSON, e.g.
 * {@code {"condition":{"all":[{"text":{"field":"MERCHANT","operator":"CONTAINS","patterns":["shell"],
 * "caseSensitive":false}},{"direction":"OUT"}]},"actions":[{"setCategory":"TRANSPORTATION_GAS"}],
 * "stopsProcessing":false,"appliesAllMatches":false}}}. Enum names and ISO dates keep it stable across versions;
 * money is a decimal string with its currency. Reading rebuilds the {@link Rule}, which checks it again.
 */
final class RuleDefinitionJson {

    private RuleDefinitionJson() {
    }

    static String write(Rule rule) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("condition", condition(rule.condition()));
        definition.put("actions", rule.actions().stream().map(RuleDefinitionJson::action).toList());
        definition.put("stopsProcessing", rule.stopsProcessing());
        definition.put("appliesAllMatches", rule.appliesAllMatches());
        return JsonText.write(definition);
    }

    static Rule read(RuleId id, String name, RuleStage stage, int position, String json) {
        Map<String, Object> definition = JsonText.object(JsonText.parse(json));
        Rule.Builder builder = Rule.builder(id, name).stage(stage).position(position)
                .when(condition(JsonText.object(definition.get("condition"))));
        for (Object action : JsonText.array(definition.get("actions"))) {
            builder.then(action(JsonText.object(action)));
        }
        if (Boolean.TRUE.equals(definition.get("stopsProcessing"))) {
            builder.stopProcessing();
        }
        if (Boolean.TRUE.equals(definition.get("appliesAllMatches"))) {
            builder.applyAllMatches();
        }
        return builder.build();
    }

    private static Map<String, Object> condition(Condition condition) {
        Object value;
        String kind;
        if (condition instanceof Condition.Text text) {
            kind = "text";
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("field", text.field().name());
            fields.put("operator", text.operator().name());
            fields.put("patterns", text.patterns());
            fields.put("caseSensitive", text.caseSensitive());
            value = fields;
        } else if (condition instanceof Condition.Direction direction) {
            kind = "direction";
            value = direction.direction().name();
        } else if (condition instanceof Condition.Amount amount) {
            kind = "amount";
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("operator", amount.operator().name());
            fields.put("values", amount.values().stream().map(m -> Map.of("amount", m.toDecimalString(),
                    "currency", m.currency().getCurrencyCode())).toList());
            fields.put("magnitude", amount.magnitude());
            value = fields;
        } else if (condition instanceof Condition.Account account) {
            kind = "accounts";
            value = account.accounts().stream().map(AccountId::toString).sorted().toList();
        } else if (condition instanceof Condition.BookedBetween between) {
            kind = "bookedBetween";
            value = List.of(between.from().toString(), between.to().toString());
        } else if (condition instanceof Condition.Weekday weekday) {
            kind = "weekdays";
            value = weekday.days().stream().sorted().map(DayOfWeek::name).toList();
        } else if (condition instanceof Condition.All all) {
            kind = "all";
            value = all.conditions().stream().map(RuleDefinitionJson::condition).toList();
        } else if (condition instanceof Condition.Any any) {
            kind = "any";
            value = any.conditions().stream().map(RuleDefinitionJson::condition).toList();
        } else {
            kind = "not";
            value = condition(((Condition.Not) condition).condition());
        }
        return Map.of(kind, value);
    }

    private static Condition condition(Map<String, Object> json) {
        if (json.size() != 1) {
            throw new IllegalStateException("A stored condition has exactly one kind, found " + json.keySet());
        }
        Map.Entry<String, Object> entry = json.entrySet().iterator().next();
        Object value = entry.getValue();
        return switch (entry.getKey()) {
            case "text" -> {
                Map<String, Object> fields = JsonText.object(value);
                yield new Condition.Text(TextField.valueOf((String) fields.get("field")),
                        TextOperator.valueOf((String) fields.get("operator")), strings(fields.get("patterns")),
                        Boolean.TRUE.equals(fields.get("caseSensitive")));
            }
            case "direction" -> new Condition.Direction(MoneyDirection.valueOf((String) value));
            case "amount" -> {
                Map<String, Object> fields = JsonText.object(value);
                List<Money> values = new ArrayList<>();
                for (Object money : JsonText.array(fields.get("values"))) {
                    Map<String, Object> m = JsonText.object(money);
                    values.add(Money.parse((String) m.get("amount"), (String) m.get("currency")));
                }
                yield new Condition.Amount(AmountOperator.valueOf((String) fields.get("operator")), values,
                        Boolean.TRUE.equals(fields.get("magnitude")));
            }
            case "accounts" -> new Condition.Account(strings(value).stream().map(AccountId::of)
                    .collect(Collectors.toSet()));
            case "bookedBetween" -> {
                List<String> days = strings(value);
                yield new Condition.BookedBetween(LocalDate.parse(days.get(0)), LocalDate.parse(days.get(1)));
            }
            case "weekdays" -> new Condition.Weekday(strings(value).stream().map(DayOfWeek::valueOf)
                    .collect(Collectors.toSet()));
            case "all" -> new Condition.All(JsonText.array(value).stream()
                    .map(c -> condition(JsonText.object(c))).toList());
            case "any" -> new Condition.Any(JsonText.array(value).stream()
                    .map(c -> condition(JsonText.object(c))).toList());
            case "not" -> new Condition.Not(condition(JsonText.object(value)));
            default -> throw new IllegalStateException("Unknown stored condition kind '" + entry.getKey() + "'");
        };
    }

    private static Map<String, Object> action(RuleAction action) {
        if (action instanceof RuleAction.SetCategory set) {
            return Map.of("setCategory", set.category().value());
        } else if (action instanceof RuleAction.SetMerchant set) {
            return Map.of("setMerchant", set.merchant());
        } else if (action instanceof RuleAction.AddTag tag) {
            return Map.of("addTag", tag.tag());
        } else if (action instanceof RuleAction.SetOneTimeEvent event) {
            return Map.of("setOneTimeEvent", event.event().toString());
        } else if (action instanceof RuleAction.SetNotes notes) {
            return Map.of("setNotes", notes.notes());
        }
        return Map.of("markAsTransfer", true);
    }

    private static RuleAction action(Map<String, Object> json) {
        Map.Entry<String, Object> entry = json.entrySet().iterator().next();
        Object value = entry.getValue();
        return switch (entry.getKey()) {
            case "setCategory" -> new RuleAction.SetCategory(new CategoryKey((String) value));
            case "setMerchant" -> new RuleAction.SetMerchant((String) value);
            case "addTag" -> new RuleAction.AddTag((String) value);
            case "setOneTimeEvent" -> new RuleAction.SetOneTimeEvent(OneTimeEventId.of((String) value));
            case "setNotes" -> new RuleAction.SetNotes((String) value);
            case "markAsTransfer" -> new RuleAction.MarkAsTransfer();
            default -> throw new IllegalStateException("Unknown stored action '" + entry.getKey() + "'");
        };
    }

    private static List<String> strings(Object value) {
        return JsonText.array(value).stream().map(String.class::cast).toList();
    }
}
