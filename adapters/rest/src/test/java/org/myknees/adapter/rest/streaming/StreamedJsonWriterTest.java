package org.myknees.adapter.rest.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.adapter.rest.guard.StrictJson;
import org.myknees.adapter.rest.report.ReportJson.EventBucketJson;
import org.myknees.adapter.rest.report.ReportJson.MonthBucketJson;
import org.myknees.adapter.rest.report.ReportJson.MonthBucketReportJson;
import org.myknees.adapter.rest.transaction.TransactionJson.CategoryJson;
import org.myknees.adapter.rest.transaction.TransactionJson.SplitLineJson;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionPage;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionResponse;

/** The streamed writers write byte for byte what the API's JSON-B (Yasson, as in Liberty) writes. */
class StreamedJsonWriterTest {

    private static final String TRICKY = "Caf\u00e9 \"Z\u00fcrich\" \\ / <b> \u20ac\u00a0\u4e2d\u6587 \ud83d\ude00"
            + " tab\there\nline\r\u0001\u001f\u007f\u2028\u2029 \b\f";

    private static TransactionResponse transaction(String description, MoneyJson amount, CategoryJson category,
                                                   String merchant, LocalDate valueDate, List<String> tags,
                                                   List<SplitLineJson> splits) {
        return new TransactionResponse("0b0e8c57-4a52-4f0a-9b8c-1c2d3e4f5a6b", "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910",
                LocalDate.of(2024, 3, 1), valueDate, amount, description, description.toLowerCase(), merchant,
                "posted", null, "", tags, null, null, splits, category, 3);
    }

    @Test
    void a_page_with_unicode_quotes_control_characters_negative_amounts_and_absent_fields_matches_json_b()
            throws IOException {
        TransactionResponse full = new TransactionResponse("0b0e8c57-4a52-4f0a-9b8c-1c2d3e4f5a6b",
                "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910", LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 2),
                new MoneyJson("-1234567.89", "EUR"), TRICKY, "cafe zurich", "Caf\u00e9 \"Z\"", "pending",
                "FITID \"7\"", "notes with \\ and \u00fc", List.of("a\"b", "\u00fcber", ""),
                "11111111-2222-4333-8444-555555555555", "66666666-7777-4888-9999-aaaaaaaaaaaa",
                List.of(new SplitLineJson(new MoneyJson("-0.01", "EUR"), "line \"one\"", "FOOD_AND_DRINK"),
                        new SplitLineJson(new MoneyJson("-1234567.88", "EUR"), TRICKY, null)),
                new CategoryJson("custom:0b0e8c57-4a52-4f0a-9b8c-1c2d3e4f5a6b", "manual", 1.0, true),
                Long.MAX_VALUE);
        TransactionResponse sparse = transaction("GROCERY MART #42", new MoneyJson("-12.34", "USD"),
                new CategoryJson(null, "none", 0.0, false), null, null, List.of(), List.of());
        TransactionResponse oddConfidence = transaction("PAYROLL", new MoneyJson("2500.00", "JPY"),
                new CategoryJson("INCOME_WAGES", "model", 0.1 + 0.2, false), "ACME", LocalDate.of(2024, 2, 29),
                List.of("x"), List.of());
        TransactionResponse tinyConfidence = transaction("FEE", new MoneyJson("0", "USD"),
                new CategoryJson("BANK_FEES", "learned", 0.0001, false), null, null, List.of(), List.of());

        assertSameAsJsonB(new TransactionPageWriter(),
                new TransactionPage(List.of(full, sparse, oddConfidence, tinyConfidence), "eyJiIjoiMjAyNC0wMy0wMSJ9"));
        assertSameAsJsonB(new TransactionPageWriter(), new TransactionPage(List.of(sparse), null));
        assertSameAsJsonB(new TransactionPageWriter(), new TransactionPage(List.of(), null));
        assertSameAsJsonB(new TransactionWriter(), full);
    }

    @Test
    void a_month_bucket_report_with_uncategorized_buckets_and_events_matches_json_b() throws IOException {
        MonthBucketReportJson report = new MonthBucketReportJson(List.of(
                new MonthBucketJson("2024-01", "FOOD_AND_DRINK_GROCERIES", new MoneyJson("-345.67", "USD"), 12),
                new MonthBucketJson("2024-01", null, new MoneyJson("-0.99", "EUR"), 1),
                new MonthBucketJson("2024-02", "custom:\"quoted\"", new MoneyJson("1000000000.00", "USD"),
                        Long.MAX_VALUE)),
                List.of(new EventBucketJson("11111111-2222-4333-8444-555555555555", null,
                                new MoneyJson("-3000.00", "USD"), 7),
                        new EventBucketJson("11111111-2222-4333-8444-555555555555", "TRAVEL_FLIGHTS",
                                new MoneyJson("-1200.50", "USD"), 2)));

        assertSameAsJsonB(new MonthBucketReportWriter(), report);
        assertSameAsJsonB(new MonthBucketReportWriter(), new MonthBucketReportJson(List.of(), List.of()));
    }

    private static <T> void assertSameAsJsonB(StreamedJsonWriter<T> writer, T value) throws IOException {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        writer.write(value, streamed);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(StrictJson.jsonb().toJson(value));
    }
}
