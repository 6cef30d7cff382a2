package org.myknees.adapter.rest.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.EventBucket;
import org.myknees.domain.report.MonthBucket;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.TrendPoint;

/** The response records of the report resources. */
public final class ReportJson {

    private ReportJson() {
    }

    @Schema(name = "MonthBucket", description = "The total of one category in one month; no category means "
            + "uncategorized")
    public record MonthBucketJson(@Schema(required = true, example = "2025-03") String month,
                           @Schema(example = "FOOD_AND_DRINK_GROCERIES") String category,
                           @Schema(required = true) MoneyJson total,
                           @Schema(required = true) long count) {

        static MonthBucketJson of(MonthBucket b) {
            return new MonthBucketJson(b.month().toString(), b.category().map(CategoryKey::value).orElse(null),
                    MoneyJson.of(b.total()), b.count());
        }
    }

    @Schema(name = "EventBucket", description = "The total of one category within a one-time event")
    public record EventBucketJson(@Schema(required = true, format = "uuid") String eventId,
                           String category,
                           @Schema(required = true) MoneyJson total,
                           @Schema(required = true) long count) {

        static EventBucketJson of(EventBucket b) {
            return new EventBucketJson(b.event().toString(), b.category().map(CategoryKey::value).orElse(null),
                    MoneyJson.of(b.total()), b.count());
        }
    }

    @Schema(name = "MonthBucketReport", description = "Monthly budget buckets; one-time event spending apart")
    public record MonthBucketReportJson(@Schema(required = true) List<MonthBucketJson> buckets,
                                 @Schema(required = true) List<EventBucketJson> oneTimeEvents) {

        static MonthBucketReportJson of(MonthBucketReport r) {
            return new MonthBucketReportJson(r.buckets().stream().map(MonthBucketJson::of).toList(),
                    r.oneTimeEvents().stream().map(EventBucketJson::of).toList());
        }
    }

    @Schema(name = "TrendPoint")
    public record TrendPointJson(@Schema(required = true, example = "2025-03") String month,
                          @Schema(required = true) MoneyJson total,
                          @Schema(required = true) long count,
                          @Schema(required = true, description = "The month is not complete (current month, or "
                                  + "before the first data)") boolean partial) {

        static TrendPointJson of(TrendPoint p) {
            return new TrendPointJson(p.month().toString(), MoneyJson.of(p.total()), p.count(), p.partial());
        }
    }

    @Schema(name = "CashFlowMonth")
    public record CashFlowMonthJson(@Schema(required = true, example = "2025-03") String month,
                             @Schema(required = true) MoneyJson income,
                             @Schema(required = true) MoneyJson spending,
                             @Schema(required = true) MoneyJson net) {

        static CashFlowMonthJson of(CashFlowMonth m) {
            return new CashFlowMonthJson(m.month().toString(), MoneyJson.of(m.income()), MoneyJson.of(m.spending()),
                    MoneyJson.of(m.net()));
        }
    }
}
