package org.myknees.adapter.rest.streaming;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.myknees.adapter.rest.report.ReportJson.EventBucketJson;
import org.myknees.adapter.rest.report.ReportJson.MonthBucketJson;
import org.myknees.adapter.rest.report.ReportJson.MonthBucketReportJson;

/** Writes the month-bucket report (a year of it is about 100 KB of JSON). */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MonthBucketReportWriter extends StreamedJsonWriter<MonthBucketReportJson> {

    public MonthBucketReportWriter() {
        super(MonthBucketReportJson.class);
    }

    @Override
    void write(MonthBucketReportJson report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        array(json, "buckets", report.buckets(), MonthBucketReportWriter::bucket);
        array(json, "oneTimeEvents", report.oneTimeEvents(), MonthBucketReportWriter::event);
        json.writeEndObject();
    }

    private static void bucket(MonthBucketJson bucket, JsonGenerator json) throws IOException {
        json.writeStartObject();
        string(json, "category", bucket.category());
        json.writeNumberField("count", bucket.count());
        string(json, "month", bucket.month());
        money(json, "total", bucket.total());
        json.writeEndObject();
    }

    private static void event(EventBucketJson event, JsonGenerator json) throws IOException {
        json.writeStartObject();
        string(json, "category", event.category());
        json.writeNumberField("count", event.count());
        string(json, "eventId", event.eventId());
        money(json, "total", event.total());
        json.writeEndObject();
    }
}
