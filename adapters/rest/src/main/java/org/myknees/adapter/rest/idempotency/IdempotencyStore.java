package org.myknees.adapter.rest.idempotency;

import java.util.Map;
import java.util.Objects;

/**
 * Remembers the responses of idempotent requests, per caller ({@code scope}) and key. A key is first claimed,
 * then completed with its response or released when the request failed in a way worth retrying.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a request whose content has the given fingerprint. Atomic: of concurrent claims of one
     * key, one gets {@link Claim.Granted}, the others {@link Claim.InProgress}.
     */
    Claim claim(String scope, String key, String fingerprint);

    /** Stores the response of a granted claim. */
    void complete(String scope, String key, StoredResponse response);

    /** Forgets a granted claim so that the request can be tried again. */
    void release(String scope, String key);

    /** What a claim found. */
    sealed interface Claim {
        /** The key is new: process the request. */
        record Granted() implements Claim {
        }

        /** The same request was answered before: send this again. */
        record Replay(StoredResponse response) implements Claim {
        }

        /** The key was used for a request with other content. */
        record Mismatch() implements Claim {
        }

        /** The same key is being processed right now. */
        record InProgress() implements Claim {
        }
    }

    /** A response as sent: status, content type, chosen headers and the body as text. */
    record StoredResponse(int status, String contentType, Map<String, String> headers, String body) {
        public StoredResponse {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }
    }
}
