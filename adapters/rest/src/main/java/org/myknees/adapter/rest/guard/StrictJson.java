package org.myknees.adapter.rest.guard;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON binding of the API: a field the target record does not have is an error, not silently dropped, so
 * that a client's typo ({@code "ammount"}) is reported instead of ignored. The property is Yasson's (the JSON-B
 * implementation of Open Liberty); JSON-B itself has no standard switch for it.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /** Yasson's name for "fail on unknown properties". */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    /** The shared instance, also used to store idempotent responses exactly as they were sent. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
