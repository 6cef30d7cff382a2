package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.CategoryLine;
import org.myknees.domain.report.ReportingPolicy;
import org.myknees.domain.transaction.Transaction;

/**
 * The change a write makes to the report aggregates ({@code month_category_totals}, {@code cash_flow_months}):
 * the contributions of the transactions added minus those of the transactions replaced, as
 * {@link ReportingPolicy} defines them. Computed in Java with the policy itself, then applied in one statement
 * per table that adds to the stored sums, in the same unit of work as the rows.
 */
final class ReportTotals {

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<UUID> IDS = Comparator.nullsFirst(Comparator.naturalOrder());
    /** Every writer locks aggregate rows in this order, so two writers never deadlock. */
    private static final Comparator<LineKey> LINE_ORDER = Comparator.comparing(LineKey::month)
            .thenComparing(LineKey::currency)
            .thenComparing(LineKey::category, NULLS_LAST)
            .thenComparing(LineKey::event, IDS);
    private static final Comparator<FlowKey> FLOW_ORDER = Comparator.comparing(FlowKey::month)
            .thenComparing(FlowKey::currency);

    // Hashed while a batch's rows are counted (a million of them, into a few thousand sums), sorted when written.
    private final Map<LineKey, long[]> lines = new HashMap<>();
    private final Map<FlowKey, long[]> flows = new HashMap<>();

    private record LineKey(LocalDate month, String currency, String category, UUID event) {
    }

    private record FlowKey(LocalDate month, String currency) {
    }

    void add(Transaction tx) {
        apply(tx, 1);
    }

    void remove(Transaction tx) {
        apply(tx, -1);
    }

    private void apply(Transaction tx, int sign) {
        if (!ReportingPolicy.counts(tx)) {
            return;
        }
        LocalDate month = tx.bookingDate().withDayOfMonth(1);
        String currency = tx.amount().currency().getCurrencyCode();
        UUID event = tx.oneTimeEvent().map(OneTimeEventId::value).orElse(null);
        for (CategoryLine line : ReportingPolicy.lines(tx)) {
            long[] sum = lines.computeIfAbsent(new LineKey(month, currency,
                    line.category().map(CategoryKey::value).orElse(null), event), k -> new long[2]);
            sum[0] = Math.addExact(sum[0], Math.multiplyExact(sign, line.amount().minorUnits()));
            sum[1] += sign;
        }
        long[] flow = flows.computeIfAbsent(new FlowKey(month, currency), k -> new long[3]);
        long amount = tx.amount().minorUnits();
        int side = amount >= 0 ? 0 : 1;
        flow[side] = Math.addExact(flow[side], Math.multiplyExact(sign, amount));
        flow[2] += sign;
    }

    /** Adds the change to the stored aggregates of the household. */
    void write(Connection connection, UUID household) throws SQLException {
        writeLines(connection, household);
        writeFlows(connection, household);
    }

    private static <K> Map<K, long[]> sorted(Map<K, long[]> sums, Comparator<K> order) {
        Map<K, long[]> sorted = new TreeMap<>(order);
        sorted.putAll(sums);
        return sorted;
    }

    private void writeLines(Connection connection, UUID household) throws SQLException {
        List<String> months = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<UUID> events = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        sorted(lines, LINE_ORDER).forEach((key, sum) -> {
            if (sum[0] != 0 || sum[1] != 0) {
                months.add(key.month().toString());
                currencies.add(key.currency());
                categories.add(key.category());
                events.add(key.event());
                totals.add(sum[0]);
                counts.add(sum[1]);
            }
        });
        if (months.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO month_category_totals AS stored
                    (household_id, month, currency, category_key, one_time_event_id, total, line_count)
                SELECT ?, d.month, d.currency, d.category_key, d.event_id, d.total, d.line_count
                FROM unnest(?::date[], ?::text[], ?::text[], ?::uuid[], ?::bigint[], ?::bigint[])
                    WITH ORDINALITY AS d(month, currency, category_key, event_id, total, line_count, position)
                ORDER BY d.position
                ON CONFLICT ON CONSTRAINT month_category_totals_key DO UPDATE
                SET total = stored.total + EXCLUDED.total, line_count = stored.line_count + EXCLUDED.line_count
                """)) {
            upsert.setObject(1, household);
            upsert.setArray(2, connection.createArrayOf("text", months.toArray()));
            upsert.setArray(3, connection.createArrayOf("text", currencies.toArray()));
            upsert.setArray(4, connection.createArrayOf("text", categories.toArray()));
            upsert.setArray(5, connection.createArrayOf("uuid", events.toArray()));
            upsert.setArray(6, connection.createArrayOf("bigint", totals.toArray()));
            upsert.setArray(7, connection.createArrayOf("bigint", counts.toArray()));
            upsert.executeUpdate();
        }
    }

    private void writeFlows(Connection connection, UUID household) throws SQLException {
        List<String> months = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        List<Long> income = new ArrayList<>();
        List<Long> spending = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        sorted(flows, FLOW_ORDER).forEach((key, flow) -> {
            if (flow[0] != 0 || flow[1] != 0 || flow[2] != 0) {
                months.add(key.month().toString());
                currencies.add(key.currency());
                income.add(flow[0]);
                spending.add(flow[1]);
                counts.add(flow[2]);
            }
        });
        if (months.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO cash_flow_months AS stored
                    (household_id, month, currency, income, spending, transaction_count)
                SELECT ?, d.month, d.currency, d.income, d.spending, d.transaction_count
                FROM unnest(?::date[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
                    WITH ORDINALITY AS d(month, currency, income, spending, transaction_count, position)
                ORDER BY d.position
                ON CONFLICT ON CONSTRAINT cash_flow_months_pk DO UPDATE
                SET income = stored.income + EXCLUDED.income, spending = stored.spending + EXCLUDED.spending,
                    transaction_count = stored.transaction_count + EXCLUDED.transaction_count
                """)) {
            upsert.setObject(1, household);
            upsert.setArray(2, connection.createArrayOf("text", months.toArray()));
            upsert.setArray(3, connection.createArrayOf("text", currencies.toArray()));
            upsert.setArray(4, connection.createArrayOf("bigint", income.toArray()));
            upsert.setArray(5, connection.createArrayOf("bigint", spending.toArray()));
            upsert.setArray(6, connection.createArrayOf("bigint", counts.toArray()));
            upsert.executeUpdate();
        }
    }
}
