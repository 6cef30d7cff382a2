package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleStage;

/**
 * A household's rules, one row of {@code categorization_rule} each (definition as JSONB), and its rules file, one
 * row of {@code categorization_rules}.
 */
final class PostgresRuleRepository implements RuleRepository {

    private static final String COLUMNS = "rule_id, name, stage, position, definition::text, version";

    private final HibernateUnitOfWork units;

    PostgresRuleRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<String> rulesFile(HouseholdId household) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT rules_file FROM categorization_rules WHERE household_id = ? AND rules_file <> ''")) {
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

    @Override
    public List<StoredRule> list(HouseholdId household) {
        List<StoredRule> rules = units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM categorization_rule WHERE household_id = ?")) {
                query.setObject(1, household.value());
                return read(query);
            }
        }));
        // Stage order is the enum's, not the text's, so the rows are ordered here.
        return rules.stream().sorted(Comparator.comparing((StoredRule s) -> s.rule().stage())
                .thenComparingInt(s -> s.rule().position())
                .thenComparing(s -> s.rule().id().value())).toList();
    }

    @Override
    public Optional<StoredRule> find(HouseholdId household, RuleId id) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM categorization_rule WHERE household_id = ? AND rule_id = ?")) {
                query.setObject(1, household.value());
                query.setObject(2, id.value());
                return read(query).stream().findFirst();
            }
        }));
    }

    @Override
    public StoredRule save(HouseholdId household, Rule rule, long expectedVersion) {
        Objects.requireNonNull(rule, "rule");
        return units.execute(() -> units.withSession(session -> session.doReturningWork(connection -> {
            int written;
            if (expectedVersion == 0) {
                written = insert(connection, household, rule, 1, " ON CONFLICT DO NOTHING");
            } else {
                try (PreparedStatement update = connection.prepareStatement("UPDATE categorization_rule"
                        + " SET name = ?, stage = ?, position = ?, definition = ?::jsonb, version = version + 1"
                        + " WHERE household_id = ? AND rule_id = ? AND version = ?")) {
                    update.setString(1, rule.name());
                    update.setString(2, rule.stage().name());
                    update.setInt(3, rule.position());
                    update.setString(4, RuleDefinitionJson.write(rule));
                    update.setObject(5, household.value());
                    update.setObject(6, rule.id().value());
                    update.setLong(7, expectedVersion);
                    written = update.executeUpdate();
                }
            }
            if (written != 1) {
                throw new VersionConflictException("rule", rule.id(), expectedVersion);
            }
            return new StoredRule(rule, expectedVersion + 1);
        })));
    }

    @Override
    public boolean delete(HouseholdId household, RuleId id) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM categorization_rule WHERE household_id = ? AND rule_id = ?")) {
                delete.setObject(1, household.value());
                delete.setObject(2, id.value());
                return delete.executeUpdate() == 1;
            }
        }));
    }

    @Override
    public List<StoredRule> replaceAll(HouseholdId household, List<Rule> rules) {
        return units.execute(() -> units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM categorization_rule WHERE household_id = ?")) {
                delete.setObject(1, household.value());
                delete.executeUpdate();
            }
            List<StoredRule> stored = new ArrayList<>();
            for (Rule rule : rules) {
                insert(connection, household, rule, 1, "");
                stored.add(new StoredRule(rule, 1));
            }
            return stored;
        })));
    }

    private static int insert(Connection connection, HouseholdId household, Rule rule, long version, String suffix)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO categorization_rule"
                + " (household_id, rule_id, name, stage, position, definition, version)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)" + suffix)) {
            insert.setObject(1, household.value());
            insert.setObject(2, rule.id().value());
            insert.setString(3, rule.name());
            insert.setString(4, rule.stage().name());
            insert.setInt(5, rule.position());
            insert.setString(6, RuleDefinitionJson.write(rule));
            insert.setLong(7, version);
            return insert.executeUpdate();
        }
    }

    private static List<StoredRule> read(PreparedStatement query) throws SQLException {
        List<StoredRule> rules = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Rule rule = RuleDefinitionJson.read(new RuleId(rs.getObject(1, UUID.class)), rs.getString(2),
                        RuleStage.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5));
                rules.add(new StoredRule(rule, rs.getLong(6)));
            }
        }
        return rules;
    }
}
