package org.myknees.adapter.rest.streaming;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionPage;

/** Writes a page of transactions, the listing's response. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TransactionPageWriter extends StreamedJsonWriter<TransactionPage> {

    public TransactionPageWriter() {
        super(TransactionPage.class);
    }

    @Override
    void write(TransactionPage page, JsonGenerator json) throws IOException {
        json.writeStartObject();
        array(json, "items", page.items(), TransactionWriter::transaction);
        string(json, "nextCursor", page.nextCursor());
        json.writeEndObject();
    }
}
