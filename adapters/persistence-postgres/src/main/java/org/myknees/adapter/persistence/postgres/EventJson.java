package org.myknees.adapter.persistence.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Currency;
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
        StringBuilder json = new StringBuilder(256);
        append(json, value);
        return json.toString();
    }

    private static void append(StringBuilder json, Object value) {
        if (value instanceof Optional<?> optional) {
            append(json, optional.orElse(null));
        } else if (value == null) {
            json.append("null");
        } else if (value instanceof Money money) {
            json.append("{\"amount\":");
            string(json, money.toDecimalString());
            json.append(",\"currency\":");
            string(json, money.currency().getCurrencyCode());
            json.append('}');
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (components.length == 1) {
                append(json, component(record, components[0]));
                return;
            }
            json.append('{');
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(json, components[i].getName());
                json.append(':');
                append(json, component(record, components[i]));
            }
            json.append('}');
        } else if (value instanceof Collection<?> items) {
            json.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                append(json, item);
            }
            json.append(']');
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                Object key = entry.getKey() instanceof Record r && r.getClass().getRecordComponents().length == 1
                        ? component(r, r.getClass().getRecordComponents()[0]) : entry.getKey();
                string(json, String.valueOf(key));
                json.append(':');
                append(json, entry.getValue());
            }
            json.append('}');
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Enum<?> e) {
            string(json, e.name());
        } else if (value instanceof Currency currency) {
            string(json, currency.getCurrencyCode());
        } else if (value instanceof CharSequence || value instanceof UUID || value instanceof TemporalAccessor) {
            string(json, value.toString());
        } else {
            throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
        }
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
