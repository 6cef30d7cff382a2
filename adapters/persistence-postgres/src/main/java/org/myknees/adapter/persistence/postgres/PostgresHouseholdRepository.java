package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Households in {@code households} and {@code household_members}. */
final class PostgresHouseholdRepository implements HouseholdRepository {

    private final HibernateUnitOfWork units;

    PostgresHouseholdRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<Household> find(HouseholdId id) {
        return units.withSession(session -> Optional.ofNullable(session.find(HouseholdEntity.class, id.value()))
                .map(HouseholdEntity::toDomain));
    }

    @Override
    public List<Household> findByMember(UserId user) {
        return units.withSession(session -> session.createSelectionQuery(
                        "select distinct h from Household h join h.members m where m.userId = :user"
                                + " order by h.name, h.id", HouseholdEntity.class)
                .setParameter("user", user.value())
                .getResultStream()
                .map(HouseholdEntity::toDomain)
                .toList());
    }

    @Override
    public Household save(Household household) {
        return units.withSession(session -> household.withVersion(VersionedSave.save(session, HouseholdEntity.class,
                household.id().value(), household, household.version(), HouseholdEntity::of, "household",
                household.id()).version()));
    }

    /** Reads the column the triggers of migration V9 advance. */
    @Override
    public long dataRevision(HouseholdId id) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT data_revision FROM households WHERE household_id = ?")) {
                select.setObject(1, id.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        }));
    }
}
