package org.myknees.adapter.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
        assertThat(IdempotencyFilter.fingerprint(PATH, "", MediaType.APPLICATION_JSON_TYPE, body))
                .isNotEqualTo(IdempotencyFilter.fingerprint("households", "", MediaType.APPLICATION_JSON_TYPE, body))
                .isNotEqualTo(IdempotencyFilter.fingerprint(PATH, "", MediaType.APPLICATION_JSON_TYPE,
                        "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_revert_forced_under_the_key_of_an_unforced_one_is_another_request() {
        String path = "households/1/imports/2/revert";
        assertThat(IdempotencyFilter.fingerprint(path, query(Map.of("force", List.of("true"))), null, new byte[0]))
                .isNotEqualTo(IdempotencyFilter.fingerprint(path, query(Map.of("force", List.of("false"))), null,
                        new byte[0]))
                .isNotEqualTo(IdempotencyFilter.fingerprint(path, query(Map.of()), null, new byte[0]));
    }

    @Test
    void the_order_in_which_parameters_are_written_does_not_matter() {
        Map<String, List<String>> written = new LinkedHashMap<>();
        written.put("force", List.of("true"));
        written.put("dryRun", List.of("false"));
        Map<String, List<String>> reversed = new LinkedHashMap<>();
        reversed.put("dryRun", List.of("false"));
        reversed.put("force", List.of("true"));

        assertThat(query(written)).isEqualTo(query(reversed)).isEqualTo("dryRun=false&force=true");
    }

    @Test
    void a_value_holding_separators_cannot_pass_for_two_parameters() {
        assertThat(query(Map.of("a", List.of("1&b=2"))))
                .isNotEqualTo(query(Map.of("a", List.of("1"), "b", List.of("2"))));
    }

    private static String query(Map<String, List<String>> parameters) {
        return IdempotencyFilter.canonicalQuery(parameters);
    }

    private static String fingerprint(String boundary, String content) {
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ofx\"\r\n\r\n"
                + content + "\r\n--" + boundary + "--\r\n";
        return IdempotencyFilter.fingerprint(PATH, "", new MediaType("multipart", "form-data", Map.of("boundary", boundary)),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
