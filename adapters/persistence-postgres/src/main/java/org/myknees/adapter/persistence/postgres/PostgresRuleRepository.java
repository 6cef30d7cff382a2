package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.domain.household.HouseholdId;

/** A household's rules file, one row of {@code categorization_rules}. */
final class PostgresRuleRepository implements RuleRepository {

    private final HibernateUnitOfWork units;

    PostgresRuleRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<String> rulesFile(HouseholdId household) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT rules_file FROM categorization_rules WHERE household_id = ?")) {
                query.setObject(1, household.value());
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }));
    }

    @Override
    public void saveRulesFile(HouseholdId household, String rulesFile) {
        Objects.requireNonNull(rulesFile, "rulesFile");
        units.withSession(session -> {
            session.doWork(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO categorization_rules"
                        + " (household_id, rules_file) VALUES (?, ?)"
                        + " ON CONFLICT ON CONSTRAINT categorization_rules_pk"
                        + " DO UPDATE SET rules_file = EXCLUDED.rules_file")) {
                    upsert.setObject(1, household.value());
                    upsert.setString(2, rulesFile);
                    upsert.executeUpdate();
                }
            });
            return null;
        });
    }
}
