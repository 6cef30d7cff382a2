package org.myknees.bootstrap.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the tests: JSON in, status + headers + JSON out. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct horse battery";

    // HTTP/1.1: the default HTTP/2 upgrade attempt on plain http stalled concurrent POSTs against Liberty.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    /** A response; {@code json} is null when the body is empty or not JSON. */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    Reply send(String method, String path, String token, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b, token, headers);
    }

    /** Sends a body of any type as it is (a multipart upload, say). */
    Reply sendBytes(String method, String path, String token, String contentType, byte[] body,
                    Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).method(method,
                HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType), token, headers);
    }

    private Reply send(HttpRequest.Builder b, String token, Map<String, String> headers) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        try {
            json = r.body().isBlank() ? null : JSON.readTree(r.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            json = null;
        }
        return new Reply(r.statusCode(), r, json);
    }

    Reply get(String path, String token) throws Exception {
        return send("GET", path, token, null, Map.of());
    }

    Reply post(String path, String token, String body) throws Exception {
        return send("POST", path, token, body, Map.of());
    }

    /** Signs up a new user with a unique address and logs in; returns the login response. */
    JsonNode newUser(String name) throws Exception {
        String email = name + "-" + UUID.randomUUID() + "@example.org";
        Reply signUp = post("/api/v1/users", null, json(Map.of("email", email, "password", PASSWORD)));
        if (signUp.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + signUp.raw().body());
        }
        return login(email).json();
    }

    Reply login(String email) throws Exception {
        return post("/api/v1/auth/login", null, json(Map.of("email", email, "password", PASSWORD)));
    }

    static String json(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }
}
