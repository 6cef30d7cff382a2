package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.domain.household.HouseholdId;

/** Corrected examples in {@code categorization_corrections}, one per household and normalized descriptor. */
final class PostgresCorrectionRepository implements CorrectionRepository {

    private final HibernateUnitOfWork units;

    PostgresCorrectionRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public void save(HouseholdId household, LabelledExample example) {
        units.withSession(session -> {
            session.doWork(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO categorization_corrections"
                        + " (household_id, descriptor, code, merchant) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT ON CONSTRAINT categorization_corrections_pk"
                        + " DO UPDATE SET code = EXCLUDED.code, merchant = EXCLUDED.merchant")) {
                    upsert.setObject(1, household.value());
                    upsert.setString(2, example.descriptor());
                    upsert.setString(3, example.code());
                    upsert.setString(4, example.merchant().orElse(null));
                    upsert.executeUpdate();
                }
            });
            return null;
        });
    }

    @Override
    public List<LabelledExample> list(HouseholdId household) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT descriptor, code, merchant"
                    + " FROM categorization_corrections WHERE household_id = ? ORDER BY taught")) {
                query.setObject(1, household.value());
                List<LabelledExample> examples = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        examples.add(new LabelledExample(rs.getString(1), rs.getString(2),
                                Optional.ofNullable(rs.getString(3))));
                    }
                }
                return examples;
            }
        }));
    }
}
