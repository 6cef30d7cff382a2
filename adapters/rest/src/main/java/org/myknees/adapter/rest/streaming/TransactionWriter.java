package org.myknees.adapter.rest.streaming;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.myknees.adapter.rest.transaction.TransactionJson.CategoryJson;
import org.myknees.adapter.rest.transaction.TransactionJson.SplitLineJson;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionResponse;

/** Writes one transaction (also each item of a page). */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TransactionWriter extends StreamedJsonWriter<TransactionResponse> {

    public TransactionWriter() {
        super(TransactionResponse.class);
    }

    @Override
    void write(TransactionResponse transaction, JsonGenerator json) throws IOException {
        transaction(transaction, json);
    }

    static void transaction(TransactionResponse t, JsonGenerator json) throws IOException {
        json.writeStartObject();
        string(json, "accountId", t.accountId());
        money(json, "amount", t.amount());
        string(json, "bookingDate", t.bookingDate());
        category(json, t.category());
        string(json, "description", t.description());
        string(json, "externalId", t.externalId());
        string(json, "id", t.id());
        string(json, "merchant", t.merchant());
        string(json, "normalizedDescription", t.normalizedDescription());
        string(json, "notes", t.notes());
        string(json, "oneTimeEventId", t.oneTimeEventId());
        array(json, "splits", t.splits(), TransactionWriter::split);
        string(json, "status", t.status());
        array(json, "tags", t.tags(), (tag, out) -> out.writeString(tag));
        string(json, "transferCounterpartId", t.transferCounterpartId());
        string(json, "valueDate", t.valueDate());
        json.writeNumberField("version", t.version());
        json.writeEndObject();
    }

    private static void category(JsonGenerator json, CategoryJson category) throws IOException {
        if (category == null) {
            return;
        }
        json.writeObjectFieldStart("category");
        json.writeNumberField("confidence", category.confidence());
        string(json, "key", category.key());
        json.writeBooleanField("pinned", category.pinned());
        string(json, "source", category.source());
        json.writeEndObject();
    }

    private static void split(SplitLineJson line, JsonGenerator json) throws IOException {
        json.writeStartObject();
        money(json, "amount", line.amount());
        string(json, "category", line.category());
        string(json, "description", line.description());
        json.writeEndObject();
    }
}
