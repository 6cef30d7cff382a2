package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The read path of listings: transactions selected with plain SQL and made from their columns as
 * {@link TransactionEntity#toDomain()} makes them, without Hibernate's query translation and entity hydration
 * (most of a listing's cost in the server). {@link TransactionCopy} is the write path's counterpart.
 */
final class TransactionRows {

    /** The columns {@link #select} reads, of {@code transactions t}, in this order. */
    static final String COLUMNS = "t.transaction_id, t.account_id, t.booking_date, t.value_date, t.amount,"
            + " t.currency, t.raw_descriptor, t.normalized_descriptor, t.merchant, t.status, t.external_id, t.notes,"
            + " t.tags, t.one_time_event_id, t.transfer_link, t.split_lines, t.category_key, t.category_source,"
            + " t.category_confidence, t.category_decided_by, t.version";

    private static final String SPLIT_LINES = "SELECT transaction_id, amount, description, category_key"
            + " FROM transaction_split_lines WHERE household_id = ? AND transaction_id = ANY (?)"
            + " ORDER BY transaction_id, line_no";

    private TransactionRows() {
    }

    /**
     * The transactions of {@code household} that {@code sql} selects ({@link #COLUMNS} from {@code transactions t}),
     * in its order, with their split lines.
     *
     * @param parameters bound in order; a {@code UUID[]} or {@code String[]} becomes an SQL array
     */
    static List<Transaction> select(Connection connection, HouseholdId household, String sql,
                                    List<Object> parameters) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<Transaction.Builder> rows = new ArrayList<>();
        Map<UUID, Currency> split = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    Currency currency = Currency.getInstance(rs.getString(6));
                    ids.add(id);
                    rows.add(row(rs, household, id, currency));
                    if (rs.getShort(16) > 0) {
                        split.put(id, currency);
                    }
                }
            }
        }
        Map<UUID, List<SplitLine>> lines = split.isEmpty() ? Map.of() : splitLines(connection, household, split);
        List<Transaction> transactions = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            transactions.add(rows.get(i).splits(lines.getOrDefault(ids.get(i), List.of())).build());
        }
        return transactions;
    }

    private static Transaction.Builder row(ResultSet rs, HouseholdId household, UUID id, Currency currency)
            throws SQLException {
        String categoryKey = rs.getString(17);
        return new Transaction.Builder()
                .id(new TransactionId(id))
                .householdId(household)
                .accountId(new AccountId(rs.getObject(2, UUID.class)))
                .bookingDate(rs.getObject(3, LocalDate.class))
                .valueDate(Optional.ofNullable(rs.getObject(4, LocalDate.class)))
                .amount(Money.ofMinor(rs.getLong(5), currency))
                .rawDescriptor(rs.getString(7))
                .normalizedDescriptor(rs.getString(8))
                .merchant(Optional.ofNullable(rs.getString(9)))
                .status(TransactionStatus.valueOf(rs.getString(10)))
                .externalId(Optional.ofNullable(rs.getString(11)))
                .notes(rs.getString(12))
                .tags(new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray(13).getArray())))
                .oneTimeEvent(Optional.ofNullable(rs.getObject(14, UUID.class)).map(OneTimeEventId::new))
                .transferLink(Optional.ofNullable(rs.getObject(15, UUID.class)).map(TransactionId::new))
                .category(new CategoryAssignment(Optional.ofNullable(categoryKey).map(CategoryKey::new),
                        AssignmentSource.valueOf(rs.getString(18)), rs.getDouble(19),
                        Optional.ofNullable(rs.getString(20))))
                .version(rs.getLong(21));
    }

    private static Map<UUID, List<SplitLine>> splitLines(Connection connection, HouseholdId household,
                                                         Map<UUID, Currency> split) throws SQLException {
        Map<UUID, List<SplitLine>> lines = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SPLIT_LINES)) {
            bind(connection, query, List.of(household.value(), split.keySet().toArray(UUID[]::new)));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    lines.computeIfAbsent(id, ignored -> new ArrayList<>()).add(new SplitLine(
                            Money.ofMinor(rs.getLong(2), split.get(id)), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)).map(CategoryKey::new)));
                }
            }
        }
        return lines;
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
