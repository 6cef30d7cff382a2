package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;
import org.myknees.domain.purchase.OrderKey;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;
import org.myknees.domain.purchase.PurchaseLine;

/** Purchases in {@code purchases}, their line items in {@code purchase_line_items}, written with plain JDBC. */
final class PostgresPurchaseRepository implements PurchaseRepository {

    private static final String COLUMNS = "p.purchase_id, p.batch_id, p.retailer, p.order_number, p.order_date,"
            + " p.currency, p.subtotal, p.tax, p.shipping, p.total, p.source_url, p.recorded_at";
    private static final String LISTING = " ORDER BY p.order_date DESC, p.retailer_key, p.order_number";

    private final HibernateUnitOfWork units;

    PostgresPurchaseRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public void addAll(HouseholdId household, List<Purchase> purchases) {
        Set<PurchaseId> ids = new HashSet<>();
        Set<OrderKey> keys = new HashSet<>();
        for (Purchase purchase : purchases) {
            if (!purchase.householdId().equals(household)) {
                throw new IllegalArgumentException("Purchase " + purchase.id() + " belongs to household "
                        + purchase.householdId() + ", not " + household);
            }
            if (!ids.add(purchase.id()) || !keys.add(purchase.key())) {
                throw new IllegalArgumentException("Purchase " + purchase.id() + " (order " + purchase.orderNumber()
                        + " of " + purchase.retailer() + ") appears twice");
            }
        }
        if (purchases.isEmpty()) {
            return;
        }
        units.withSession(session -> {
            session.doWork(connection -> {
                try {
                    insert(connection, household, purchases);
                } catch (SQLException e) {
                    SQLException cause = e.getNextException() == null ? e : e.getNextException();
                    if (DatabaseFailures.violatedConstraint(cause).isPresent()) {
                        throw new IllegalArgumentException("A purchase or its order is already stored: "
                                + cause.getMessage(), e);
                    }
                    throw e;
                }
            });
            return null;
        });
    }

    private static void insert(Connection connection, HouseholdId household, List<Purchase> purchases)
            throws SQLException {
        try (PreparedStatement head = connection.prepareStatement("INSERT INTO purchases (household_id, purchase_id,"
                + " batch_id, retailer, retailer_key, order_number, order_date, currency, subtotal, tax, shipping, total,"
                + " source_url, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement item = connection.prepareStatement("INSERT INTO purchase_line_items (household_id,"
                     + " purchase_id, position, description, quantity, unit_price, total, sku)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Purchase p : purchases) {
                head.setObject(1, household.value());
                head.setObject(2, p.id().value());
                head.setObject(3, p.importBatch().value());
                head.setString(4, p.retailer());
                head.setString(5, p.key().retailer());
                head.setString(6, p.orderNumber());
                head.setObject(7, p.orderDate());
                head.setString(8, p.currency().getCurrencyCode());
                head.setLong(9, p.subtotal().minorUnits());
                head.setLong(10, p.tax().minorUnits());
                head.setLong(11, p.shipping().minorUnits());
                head.setLong(12, p.total().minorUnits());
                head.setString(13, p.sourceUrl().orElse(null));
                head.setObject(14, OffsetDateTime.ofInstant(p.recordedAt(), ZoneOffset.UTC));
                head.addBatch();
                for (int i = 0; i < p.lines().size(); i++) {
                    PurchaseLine line = p.lines().get(i);
                    item.setObject(1, household.value());
                    item.setObject(2, p.id().value());
                    item.setInt(3, i);
                    item.setString(4, line.description());
                    item.setLong(5, line.quantity());
                    item.setLong(6, line.unitPrice().minorUnits());
                    item.setLong(7, line.total().minorUnits());
                    item.setString(8, line.sku().orElse(null));
                    item.addBatch();
                }
            }
            head.executeBatch();
            item.executeBatch();
        }
    }

    @Override
    public Set<OrderKey> storedKeys(HouseholdId household, Collection<OrderKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<OrderKey> asked = List.copyOf(keys);
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT retailer_key, order_number"
                    + " FROM purchases WHERE household_id = ? AND (retailer_key, order_number) IN"
                    + " (SELECT * FROM unnest(?::text[], ?::text[]))")) {
                query.setObject(1, household.value());
                query.setArray(2, connection.createArrayOf("text", asked.stream().map(OrderKey::retailer).toArray()));
                query.setArray(3, connection.createArrayOf("text", asked.stream().map(OrderKey::orderNumber).toArray()));
                Set<OrderKey> stored = new HashSet<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new OrderKey(rs.getString(1), rs.getString(2)));
                    }
                }
                return stored;
            }
        }));
    }

    @Override
    public Optional<Purchase> find(HouseholdId household, PurchaseId id) {
        return select(household, " AND p.purchase_id = ?", id.value()).stream().findFirst();
    }

    @Override
    public List<Purchase> list(HouseholdId household) {
        return select(household, "", null);
    }

    /** The household's purchases matching the condition (on one UUID parameter, or none), with their lines. */
    private List<Purchase> select(HouseholdId household, String condition, UUID parameter) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            List<Head> heads = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT " + COLUMNS + " FROM purchases p"
                    + " WHERE p.household_id = ?" + condition + LISTING, household, parameter);
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    heads.add(Head.read(rs));
                }
            }
            Map<UUID, List<PurchaseLine>> lines = new HashMap<>();
            try (PreparedStatement query = prepare(connection, "SELECT i.purchase_id, i.description, i.quantity,"
                    + " i.unit_price, i.total, i.sku, p.currency FROM purchase_line_items i"
                    + " JOIN purchases p USING (household_id, purchase_id)"
                    + " WHERE i.household_id = ?" + condition + " ORDER BY i.purchase_id, i.position", household,
                    parameter);
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Money.currency(rs.getString(7));
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new PurchaseLine(
                            rs.getString(2), rs.getLong(3), Money.ofMinor(rs.getLong(4), currency),
                            Money.ofMinor(rs.getLong(5), currency), Optional.ofNullable(rs.getString(6))));
                }
            }
            return heads.stream().map(h -> h.toDomain(household, lines.getOrDefault(h.id, List.of()))).toList();
        }));
    }

    private static PreparedStatement prepare(Connection connection, String sql, HouseholdId household, UUID parameter)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setObject(1, household.value());
        if (parameter != null) {
            statement.setObject(2, parameter);
        }
        return statement;
    }

    /** A row of {@code purchases}, in the order of {@link #COLUMNS}. */
    private record Head(UUID id, UUID batch, String retailer, String orderNumber, LocalDate orderDate,
                        Currency currency, long subtotal, long tax, long shipping, long total, String sourceUrl,
                        Instant recordedAt) {

        static Head read(ResultSet rs) throws SQLException {
            return new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), Money.currency(rs.getString(6)), rs.getLong(7), rs.getLong(8),
                    rs.getLong(9), rs.getLong(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class).toInstant());
        }

        Purchase toDomain(HouseholdId household, List<PurchaseLine> lines) {
            return new Purchase(new PurchaseId(id), household, new ImportBatchId(batch), retailer, orderNumber,
                    orderDate, Money.ofMinor(subtotal, currency), Money.ofMinor(tax, currency),
                    Money.ofMinor(shipping, currency), Money.ofMinor(total, currency), Optional.ofNullable(sourceUrl),
                    lines, recordedAt);
        }
    }

    @Override
    public int removeByBatch(HouseholdId household, ImportBatchId batch) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM purchases WHERE household_id = ? AND batch_id = ?")) {
                delete.setObject(1, household.value());
                delete.setObject(2, batch.value());
                return delete.executeUpdate();
            }
        }));
    }
}
