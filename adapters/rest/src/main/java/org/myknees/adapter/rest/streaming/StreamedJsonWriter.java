package org.myknees.adapter.rest.streaming;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.myknees.adapter.rest.MoneyJson;

/**
 * Writes one response record as JSON with Jackson's streaming generator: the document JSON-B would write for the
 * record (properties in lexicographic order, null properties left out, control characters escaped as JSON-P does),
 * without reflection per value.
 *
 * @param <T> the record written
 */
abstract class StreamedJsonWriter<T> implements MessageBodyWriter<T> {

    // As JSON-P: hex digits of escaped control characters in lower case, characters beyond the BMP as their four
    // UTF-8 bytes (not as an escaped surrogate pair). The stream belongs to the container.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Class<T> type;

    StreamedJsonWriter(Class<T> type) {
        this.type = type;
    }

    /** Writes {@code value} as one JSON value. */
    abstract void write(T value, JsonGenerator json) throws IOException;

    /** Writes {@code value} to {@code out} as JSON encoded in UTF-8, leaving {@code out} open. */
    final void write(T value, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(value, json);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return this.type == type;
    }

    @Override
    public void writeTo(T value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        write(value, entityStream);
    }

    static void money(JsonGenerator json, String field, MoneyJson money) throws IOException {
        if (money == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        string(json, "amount", money.amount());
        string(json, "currency", money.currency());
        json.writeEndObject();
    }

    static void string(JsonGenerator json, String field, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.toString());
        }
    }

    /** A list of records, each written by {@code element}; nothing when the list is null. */
    static <E> void array(JsonGenerator json, String field, List<E> values, ElementWriter<E> element)
            throws IOException {
        if (values == null) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (E value : values) {
            if (value == null) {
                json.writeNull();
            } else {
                element.write(value, json);
            }
        }
        json.writeEndArray();
    }

    /** Writes one element of an array. */
    @FunctionalInterface
    interface ElementWriter<E> {
        void write(E value, JsonGenerator json) throws IOException;
    }
}
