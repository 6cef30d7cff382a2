package org.myknees.adapter.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyFingerprintTest {

    private static final String PATH = "households/1/imports";

    @Test
    void the_same_upload_retried_with_a_new_multipart_boundary_is_the_same_request() {
        assertThat(fingerprint("AAA", "file-content")).isEqualTo(fingerprint("bbbbbbbb", "file-content"));
    }

    @Test
    void another_file_under_the_same_key_is_another_request() {
        assertThat(fingerprint("AAA", "file-content")).isNotEqualTo(fingerprint("AAA", "other-content"));
    }

    @Test
    void json_bodies_and_paths_count_byte_for_byte() {
        byte[] body = "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(IdempotencyFilter.fingerprint(PATH, MediaType.APPLICATION_JSON_TYPE, body))
                .isNotEqualTo(IdempotencyFilter.fingerprint("households", MediaType.APPLICATION_JSON_TYPE, body))
                .isNotEqualTo(IdempotencyFilter.fingerprint(PATH, MediaType.APPLICATION_JSON_TYPE,
                        "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
    }

    private static String fingerprint(String boundary, String content) {
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ofx\"\r\n\r\n"
                + content + "\r\n--" + boundary + "--\r\n";
        return IdempotencyFilter.fingerprint(PATH, new MediaType("multipart", "form-data", Map.of("boundary", boundary)),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
