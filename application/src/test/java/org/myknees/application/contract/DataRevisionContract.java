package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.Period;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.TextField;
import org.myknees.domain.rule.TextOperator;
import org.myknees.domain.transaction.Transaction;

/**
 * What every store must do with a household's data revision
 * ({@link org.myknees.application.household.port.out.HouseholdRepository#dataRevision}): every kind of write
 * advances it once per unit of work, a rolled-back unit leaves it as it was, other households' writes leave it
 * alone.
 */
public abstract class DataRevisionContract {

    protected abstract PortsUnderTest ports();

    protected abstract RuleRepository rules();

    protected abstract CorrectionRepository corrections();

    private long revision(HouseholdId household) {
        return ports().households().dataRevision(household);
    }

    @Test
    void a_new_household_and_an_unknown_one_are_at_revision_zero() {
        HouseholdId household = new ContractFixtures(ports()).household().id();

        assertThat(revision(household)).isZero();
        assertThat(revision(HouseholdId.newId())).isZero();
    }

    @Test
    void every_kind_of_write_advances_the_revision_by_one() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        HouseholdId household = fixtures.household().id();
        Account[] account = new Account[1];
        Transaction[] tx = new Transaction[2];
        HouseholdCategory[] category = new HouseholdCategory[1];
        StoredRule[] rule = new StoredRule[1];
        Map<String, Runnable> writes = new LinkedHashMap<>();
        writes.put("open an account", () -> account[0] = fixtures.account(household, "Checking"));
        writes.put("record a transaction", () -> tx[0] = fixtures.saved(account[0], "2026-02-01", -1250, "COFFEE"));
        writes.put("edit a transaction", () -> tx[0] = ports().transactions().save(
                tx[0].toBuilder().notes("with a friend").build()));
        writes.put("add transactions at once", () -> {
            tx[1] = ContractFixtures.transaction(account[0], "2026-02-02", -500, "BAKERY");
            ports().transactions().addAll(household, List.of(tx[1]));
        });
        writes.put("remove transactions", () -> ports().transactions().removeAll(household, List.of(tx[1].id())));
        writes.put("create a category", () -> category[0] = ports().categories().save(HouseholdCategory.create(
                CategoryId.newId(), household, "Hobbies", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS",
                Taxonomy.plaidV1(), ContractFixtures.AT).value()));
        writes.put("delete a category", () -> ports().categories().delete(household, category[0].id()));
        writes.put("plan a one-time event", () -> ports().oneTimeEvents().save(OneTimeEvent.plan(
                OneTimeEventId.newId(), household, "Trip", LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-09"),
                ContractFixtures.AT).value()));
        writes.put("record an import batch", () -> ports().importBatches().save(batch(household), List.of()));
        writes.put("save a rule", () -> rule[0] = rules().save(household, coffeeRule(), 0));
        writes.put("delete a rule", () -> rules().delete(household, rule[0].rule().id()));
        writes.put("learn a correction", () -> corrections().save(household,
                new LabelledExample("JOES PIZZA", "FOOD_AND_DRINK_FAST_FOOD", Optional.empty())));

        writes.forEach((kind, write) -> {
            long before = revision(household);
            write.run();
            assertThat(revision(household)).as(kind).isEqualTo(before + 1);
        });
    }

    @Test
    void a_unit_of_many_writes_advances_the_revision_once() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        HouseholdId household = fixtures.household().id();
        Account account = fixtures.account(household, "Checking");
        long before = revision(household);

        ports().unitOfWork().run(() -> {
            fixtures.saved(account, "2026-02-01", -100, "ONE");
            fixtures.saved(account, "2026-02-02", -200, "TWO");
            fixtures.account(household, "Savings");
        });

        assertThat(revision(household)).isEqualTo(before + 1);
    }

    @Test
    void a_rolled_back_unit_leaves_the_revision_as_it_was() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        HouseholdId household = fixtures.household().id();
        Account account = fixtures.account(household, "Checking");
        long before = revision(household);

        assertThatThrownBy(() -> ports().unitOfWork().run(() -> {
            fixtures.saved(account, "2026-02-01", -100, "ONE");
            throw new IllegalStateException("the unit fails after its write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(revision(household)).isEqualTo(before);
    }

    @Test
    void writes_to_another_household_leave_the_revision_alone() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        HouseholdId mine = fixtures.household().id();
        HouseholdId theirs = fixtures.household().id();
        fixtures.account(mine, "Checking");
        long before = revision(mine);

        Account account = fixtures.account(theirs, "Checking");
        fixtures.saved(account, "2026-02-01", -100, "THEIRS");

        assertThat(revision(mine)).isEqualTo(before);
        assertThat(revision(theirs)).isEqualTo(2);
    }

    private static ImportBatch batch(HouseholdId household) {
        return new ImportBatch(ImportBatchId.newId(), household, "jan.ofx", "ofx", "checksum-" + household,
                Instant.parse("2026-02-03T10:00:00Z"), 0, 0, 0, 0, 0, 0,
                Optional.of(new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))), List.of(),
                false, 0);
    }

    private static Rule coffeeRule() {
        return Rule.builder(RuleId.newId(), "coffee")
                .when(Condition.text(TextField.NORMALIZED_DESCRIPTOR, TextOperator.CONTAINS, "STARBUCKS"))
                .then(new RuleAction.SetCategory(CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE")))
                .build();
    }
}
