package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myknees.application.contract.PortsUnderTest;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.household.HouseholdEvents.MemberAdded;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.TransactionEvents.TransactionAnnotated;
import org.myknees.domain.transaction.TransactionEvents.TransactionRecorded;
import org.myknees.domain.transaction.TransactionId;

/** Events land in the outbox table in order, as JSON, in the unit of work of the change, and only with it. */
class EventOutboxTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final PortsUnderTest ports = PostgresPorts.shared();

    @Test
    void events_are_stored_in_order_with_type_aggregate_and_a_json_payload() throws SQLException {
        HouseholdId household = HouseholdId.newId();
        TransactionId transaction = TransactionId.newId();
        UserId member = UserId.newId();

        ports.unitOfWork().run(() -> ports.outbox().append(List.of(
                new TransactionRecorded(household, transaction, AccountId.newId(), LocalDate.parse("2026-02-28"),
                        Money.parse("-12.34", "USD"), "SQ *CAFÉ \"BLUE\"\n#12", AT),
                new TransactionAnnotated(household, transaction, "note", Set.of("b", "a"), AT),
                new MemberAdded(household, member, MemberRole.VIEWER, AT))));

        List<List<String>> rows = outbox(household);
        assertThat(rows).extracting(r -> r.get(0))
                .containsExactly("TransactionRecorded", "TransactionAnnotated", "MemberAdded");
        assertThat(rows).extracting(r -> r.get(1)).containsExactly(transaction.toString(), transaction.toString(),
                household.toString());
        assertThat(rows.get(0).get(2)).isEqualTo("-12.34");
        assertThat(rows.get(0).get(3)).isEqualTo("SQ *CAFÉ \"BLUE\"\n#12");
        assertThat(rows.get(0).get(4)).isEqualTo(AT.toString());
        assertThat(rows.get(2).get(5)).isEqualTo(member.toString());
    }

    @Test
    void events_of_a_unit_of_work_that_fails_are_not_stored() throws SQLException {
        HouseholdId household = HouseholdId.newId();

        assertThatThrownBy(() -> ports.unitOfWork().run(() -> {
            ports.outbox().append(List.of(
                    new TransactionAnnotated(household, TransactionId.newId(), "", Set.of(), AT)));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(outbox(household)).isEmpty();
    }

    /** Type, aggregate id and a few payload fields of the household's outbox rows, in sequence order. */
    private static List<List<String>> outbox(HouseholdId household) throws SQLException {
        try (Connection connection = PostgresPorts.sharedDatabase().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT event_type, aggregate_id,"
                     + " payload->'amount'->>'amount', payload->>'rawDescriptor', payload->>'occurredAt',"
                     + " payload->>'member' FROM outbox WHERE household_id = ? ORDER BY sequence")) {
            query.setObject(1, household.value());
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= 6; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
