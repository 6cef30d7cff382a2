package org.myknees.adapter.persistence.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.myknees.domain.money.Money;

/**
 * Writes domain events as JSON for the outbox. Events are records; a record of one component (an id, a code, a
 * category key) is written as that component, money as {@code {"amount":"-12.34","currency":"USD"}} (a decimal
 * string, never a floating-point number), an empty optional as {@code null}, dates and instants in ISO-8601.
 */
final class EventJson {

    private EventJson() {
    }

    static String write(Object value) {
        return JsonText.write(tree(value));
    }

    /** The value as a tree of maps, lists, strings, numbers, booleans and null. */
    private static Object tree(Object value) {
        if (value instanceof Optional<?> optional) {
            return tree(optional.orElse(null));
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        } else if (value instanceof Money money) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("amount", money.toDecimalString());
            json.put("currency", money.currency().getCurrencyCode());
            return json;
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (components.length == 1) {
                return tree(component(record, components[0]));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                json.put(component.getName(), tree(component(record, component)));
            }
            return json;
        } else if (value instanceof Collection<?> items) {
            List<Object> json = new ArrayList<>(items.size());
            items.forEach(item -> json.add(tree(item)));
            return json;
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((key, item) -> json.put(String.valueOf(
                    key instanceof Record r && r.getClass().getRecordComponents().length == 1
                            ? component(r, r.getClass().getRecordComponents()[0]) : key), tree(item)));
            return json;
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Currency currency) {
            return currency.getCurrencyCode();
        } else if (value instanceof CharSequence || value instanceof UUID || value instanceof TemporalAccessor) {
            return value.toString();
        }
        throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }
}
