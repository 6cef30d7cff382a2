package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myknees.application.account.AccountService;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.categorization.RuleService;
import org.myknees.application.categorization.port.in.ApplyRulesUseCase.AppliedRules;
import org.myknees.application.categorization.port.in.InvalidRuleDraftException;
import org.myknees.application.categorization.port.in.RuleCommands.CreateRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.DeleteRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ImportRulesCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ReplaceRuleCommand;
import org.myknees.application.categorization.port.in.ManageRulesUseCase.RuleDraft;
import org.myknees.application.categorization.port.in.RulePreviewResult;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.household.ReadOnlyMemberException;
import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.categorization.CategoryResolver;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.merchant.MerchantDirectory;
import org.myknees.domain.merchant.MerchantNameExtractor;
import org.myknees.domain.money.Money;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.HistoryField;
import org.myknees.domain.rule.InvalidRuleException;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleStage;
import org.myknees.domain.rule.TextField;
import org.myknees.domain.rule.TextOperator;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The rule use cases and one-transaction categorization over one store: rule CRUD with ordering and versions,
 * preview and apply to history with pins untouched, access, and learning from a pin. Every store runs it.
 */
public abstract class RuleUseCaseContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
    private static final CategoryKey COFFEE = CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE");
    private static final CategoryKey GAS = CategoryKey.taxonomy("TRANSPORTATION_GAS");
    private static final CategoryKey HAIR = CategoryKey.taxonomy("PERSONAL_CARE_HAIR_AND_BEAUTY");

    protected abstract PortsUnderTest ports();

    protected abstract RuleRepository rules();

    protected abstract CorrectionRepository corrections();

    private HouseholdService households;
    private TransactionService transactions;
    private RuleService service;
    private UserId owner;
    private Household household;
    private Account checking;

    @BeforeEach
    void wire() {
        PortsUnderTest p = ports();
        Taxonomy taxonomy = Taxonomy.plaidV1();
        households = new HouseholdService(p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        CategoryCatalog catalog = new CategoryCatalog(taxonomy, p.categories());
        transactions = new TransactionService(p.transactions(), p.accounts(), p.oneTimeEvents(), catalog,
                p.households(), p.unitOfWork(), p.outbox(), CLOCK, corrections());
        Categorizer categorizer = new Categorizer(rules(), corrections(), p.categories(), taxonomy,
                MerchantDirectory.builtIn(key -> taxonomy.primaryOf(key.value()).map(CategoryKey::taxonomy)),
                new MerchantNameExtractor(), Optional.empty(), CategoryResolver.standard());
        service = new RuleService(rules(), p.transactions(), p.oneTimeEvents(), catalog, p.households(),
                p.unitOfWork(), p.outbox(), CLOCK, categorizer);
        owner = UserId.newId();
        household = households.createHousehold(new CreateHouseholdCommand(owner, "The Smiths"));
        checking = open(household, owner);
    }

    private Account open(Household where, UserId actor) {
        return new AccountService(ports().accounts(), ports().households(), ports().unitOfWork(), ports().outbox(),
                CLOCK).openAccount(new OpenAccountCommand(actor, where.id(), new AccountCode("Checking"), "Checking",
                AccountType.CHECKING, Money.parse("100.00", "USD"), LocalDate.parse("2026-01-01"), Optional.empty()));
    }

    private Transaction record(Household where, Account account, String date, String amount, String text) {
        return transactions.recordTransaction(new RecordTransactionCommand(owner, where.id(), account.id(),
                LocalDate.parse(date), Money.parse(amount, "USD"), text, TransactionStatus.POSTED, Optional.empty()));
    }

    private static RuleDraft draft(String name, Condition condition, CategoryKey category) {
        return new RuleDraft(name, RuleStage.DEFAULT, OptionalInt.empty(), condition,
                List.of(new RuleAction.SetCategory(category)), false, false);
    }

    private StoredRule create(RuleDraft draft) {
        return service.createRule(new CreateRuleCommand(owner, household.id(), draft));
    }

    /** Coffee out of the account, but not the coffee-bean shop. */
    private static Condition coffeeSpending() {
        return Condition.all(Condition.any(Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "starbucks"),
                        Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.STARTS_WITH, "blue bottle")),
                Condition.not(Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "beans")),
                Condition.moneyOut());
    }

    @Test
    void rules_are_appended_to_their_stage_and_a_taken_position_moves_the_rest_down() {
        StoredRule first = create(draft("coffee", coffeeSpending(), COFFEE));
        StoredRule second = create(draft("fuel", Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "shell"), GAS));
        StoredRule inserted = create(new RuleDraft("fuel first", RuleStage.DEFAULT, OptionalInt.of(0),
                Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.EQUALS, "BP"), List.of(new RuleAction.SetCategory(GAS)),
                true, false));

        List<StoredRule> listed = service.listRules(owner, household.id());

        assertThat(listed).extracting(s -> s.rule().name()).containsExactly("fuel first", "coffee", "fuel");
        assertThat(listed).extracting(s -> s.rule().position()).containsExactly(0, 1, 2);
        assertThat(listed.get(1).version()).isEqualTo(first.version() + 1);
        assertThat(listed.get(0)).isEqualTo(inserted);
        assertThat(listed.get(1).rule().condition()).isEqualTo(coffeeSpending());
        assertThat(service.getRule(owner, household.id(), second.rule().id()).rule().position()).isEqualTo(2);
    }

    @Test
    void preview_lists_exactly_what_would_change_and_writes_nothing_then_apply_spares_pins() {
        Transaction coffee = record(household, checking, "2026-03-01", "-4.50", "STARBUCKS STORE 1234");
        Transaction beans = record(household, checking, "2026-03-02", "-18.00", "STARBUCKS BEANS ONLINE");
        Transaction refund = record(household, checking, "2026-03-03", "4.50", "STARBUCKS REFUND");
        Transaction pinned = record(household, checking, "2026-03-04", "-5.00", "BLUE BOTTLE SF");
        pinned = transactions.pinCategory(new PinCategoryCommand(owner, household.id(), pinned.id(),
                Optional.of(GAS), OptionalLong.empty()));
        StoredRule rule = create(draft("coffee", coffeeSpending(), COFFEE));

        RulePreviewResult preview = service.previewRules(owner, household.id(), 100);

        assertThat(preview.examined()).isEqualTo(4);
        assertThat(preview.total()).isEqualTo(1);
        assertThat(preview.changes()).containsExactly(new RulePreviewResult.Change(coffee.id(), coffee.bookingDate(),
                "STARBUCKS STORE 1234", Money.parse("-4.50", "USD"), HistoryField.CATEGORY, Optional.empty(),
                COFFEE.toString(), rule.rule().id(), "coffee"));
        assertThat(transactions.getTransaction(owner, household.id(), coffee.id())).isEqualTo(coffee);

        AppliedRules applied = service.applyRules(owner, household.id());

        assertThat(applied).isEqualTo(new AppliedRules(4, 1, 1));
        Transaction after = transactions.getTransaction(owner, household.id(), coffee.id());
        assertThat(after.category().category()).contains(COFFEE);
        assertThat(after.category().source()).isEqualTo(AssignmentSource.RULE);
        assertThat(transactions.getTransaction(owner, household.id(), pinned.id())).isEqualTo(pinned);
        assertThat(transactions.getTransaction(owner, household.id(), beans.id())).isEqualTo(beans);
        assertThat(transactions.getTransaction(owner, household.id(), refund.id())).isEqualTo(refund);
        assertThat(service.previewRules(owner, household.id(), 100).total()).isZero();
    }

    @Test
    void every_action_reaches_history_as_previewed_and_what_a_person_set_stays() {
        Transaction plain = record(household, checking, "2026-03-01", "-4.50", "STARBUCKS STORE 1234");
        Transaction annotated = record(household, checking, "2026-03-02", "-5.00", "STARBUCKS STORE 99");
        annotated = transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), annotated.id(),
                "with Ann", Set.of("friends"), OptionalLong.empty()));
        Transaction pinned = transactions.pinCategory(new PinCategoryCommand(owner, household.id(),
                annotated.id(), Optional.of(GAS), OptionalLong.empty()));
        StoredRule rule = create(new RuleDraft("coffee run", RuleStage.DEFAULT, OptionalInt.empty(), coffeeSpending(),
                List.of(new RuleAction.SetCategory(COFFEE), new RuleAction.SetMerchant("Starbucks"),
                        new RuleAction.AddTag("Coffee"), new RuleAction.SetNotes("daily habit")), false, false));

        RulePreviewResult preview = service.previewRules(owner, household.id(), 100);

        assertThat(preview.total()).isEqualTo(6);
        assertThat(preview.changes()).extracting(c -> c.transaction() + " " + c.field() + " " + c.before() + " "
                + c.after() + " " + c.rule()).containsExactlyInAnyOrder(
                plain.id() + " CATEGORY Optional.empty " + COFFEE + " " + rule.rule().id(),
                plain.id() + " MERCHANT Optional.empty Starbucks " + rule.rule().id(),
                plain.id() + " TAG Optional.empty coffee " + rule.rule().id(),
                plain.id() + " NOTES Optional.empty daily habit " + rule.rule().id(),
                pinned.id() + " MERCHANT Optional.empty Starbucks " + rule.rule().id(),
                pinned.id() + " TAG Optional.empty coffee " + rule.rule().id());
        assertThat(transactions.getTransaction(owner, household.id(), plain.id())).isEqualTo(plain);

        AppliedRules applied = service.applyRules(owner, household.id());

        assertThat(applied).isEqualTo(new AppliedRules(2, 2, 1));
        Transaction first = transactions.getTransaction(owner, household.id(), plain.id());
        assertThat(first.category().category()).contains(COFFEE);
        assertThat(first.merchant()).contains("Starbucks");
        assertThat(first.tags()).containsExactly("coffee");
        assertThat(first.notes()).isEqualTo("daily habit");
        Transaction second = transactions.getTransaction(owner, household.id(), pinned.id());
        assertThat(second.category()).isEqualTo(pinned.category());
        assertThat(second.merchant()).contains("Starbucks");
        assertThat(second.tags()).containsExactly("coffee", "friends");
        assertThat(second.notes()).isEqualTo("with Ann");
        assertThat(service.previewRules(owner, household.id(), 100).total()).isZero();
    }

    @Test
    void a_stale_version_conflicts_and_delete_removes_the_rule() {
        StoredRule rule = create(draft("coffee", coffeeSpending(), COFFEE));
        ReplaceRuleCommand rename = new ReplaceRuleCommand(owner, household.id(), rule.rule().id(),
                draft("coffee shops", coffeeSpending(), COFFEE), OptionalLong.of(rule.version()));

        StoredRule renamed = service.replaceRule(rename);

        assertThat(renamed.rule().name()).isEqualTo("coffee shops");
        assertThat(renamed.version()).isEqualTo(rule.version() + 1);
        assertThatThrownBy(() -> service.replaceRule(rename)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> service.deleteRule(new DeleteRuleCommand(owner, household.id(), rule.rule().id(),
                OptionalLong.of(rule.version())))).isInstanceOf(VersionConflictException.class);
        service.deleteRule(new DeleteRuleCommand(owner, household.id(), rule.rule().id(), OptionalLong.empty()));
        assertThat(service.listRules(owner, household.id())).isEmpty();
        assertThatThrownBy(() -> service.getRule(owner, household.id(), rule.rule().id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void viewers_read_rules_but_cannot_change_them_and_strangers_find_nothing() {
        UserId viewer = UserId.newId();
        households.addMember(new AddMemberCommand(owner, household.id(), viewer, MemberRole.VIEWER));
        create(draft("coffee", coffeeSpending(), COFFEE));

        assertThat(service.listRules(viewer, household.id())).hasSize(1);
        assertThat(service.previewRules(viewer, household.id(), 10).total()).isZero();
        assertThatThrownBy(() -> service.createRule(new CreateRuleCommand(viewer, household.id(),
                draft("x", coffeeSpending(), COFFEE)))).isInstanceOf(ReadOnlyMemberException.class);
        assertThatThrownBy(() -> service.applyRules(viewer, household.id())).isInstanceOf(ReadOnlyMemberException.class);
        assertThatThrownBy(() -> service.listRules(UserId.newId(), household.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_rule_that_cannot_work_is_refused_naming_what_is_wrong() {
        assertThatThrownBy(() -> create(draft("bad category", coffeeSpending(), CategoryKey.taxonomy("NOT_A_CODE"))))
                .isInstanceOfSatisfying(InvalidRuleDraftException.class,
                        e -> assertThat(e.field()).isEqualTo("actions[0].value"));
        assertThatThrownBy(() -> create(draft("bad regex",
                Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.REGEX, "(unclosed"), COFFEE)))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("bad regex");
        assertThat(service.listRules(owner, household.id())).isEmpty();
    }

    @Test
    void an_import_replaces_the_rules_and_a_stored_rules_file_becomes_rules_on_first_use() {
        rules().saveRulesFile(household.id(), "match,pattern,category\ncontains,SHELL,TRANSPORTATION_GAS\n");

        assertThat(service.listRules(owner, household.id())).extracting(s -> s.rule().actions())
                .containsExactly(List.of(new RuleAction.SetCategory(GAS)));
        assertThat(rules().rulesFile(household.id())).isEmpty();

        List<StoredRule> imported = service.importRules(new ImportRulesCommand(owner, household.id(), "mine.csv",
                "match,pattern,category\nequals,STARBUCKS,FOOD_AND_DRINK_COFFEE\nregex,^BP ,TRANSPORTATION_GAS\n"));

        assertThat(service.listRules(owner, household.id())).isEqualTo(imported).hasSize(2);
        assertThat(imported.get(0).rule().condition()).isEqualTo(new Condition.Text(TextField.RAW_DESCRIPTOR,
                TextOperator.EQUALS, List.of("STARBUCKS"), false));
    }

    @Test
    void a_pin_teaches_the_household_at_once_and_no_other_household() {
        Transaction pinnedOne = record(household, checking, "2026-03-01", "-23.00", "JOES PIZZA #123 SPRINGFIELD");
        Transaction sibling = record(household, checking, "2026-03-08", "-31.00", "JOES PIZZA #123 SPRINGFIELD");
        UserId neighbour = owner;
        Household other = households.createHousehold(new CreateHouseholdCommand(neighbour, "The Joneses"));
        Transaction elsewhere = record(other, open(other, neighbour), "2026-03-08", "-31.00",
                "JOES PIZZA #123 SPRINGFIELD");

        transactions.pinCategory(new PinCategoryCommand(owner, household.id(), pinnedOne.id(), Optional.of(HAIR),
                OptionalLong.empty()));
        Transaction learned = service.categorize(owner, household.id(), sibling.id()).transaction();
        Transaction notLearned = service.categorize(neighbour, other.id(), elsewhere.id()).transaction();

        assertThat(learned.category().category()).contains(HAIR);
        assertThat(learned.category().source()).isEqualTo(AssignmentSource.LEARNED);
        assertThat(transactions.getTransaction(owner, household.id(), sibling.id())).isEqualTo(learned);
        assertThat(notLearned.category().category()).isNotEqualTo(Optional.of(HAIR));
    }

    @Test
    void rules_alone_decide_by_rule_and_correction_without_reading_the_merchant_directory() {
        create(draft("Coffee", coffeeSpending(), COFFEE));
        Transaction pinned = record(household, checking, "2026-03-01", "-23.00", "JOES PIZZA #123 SPRINGFIELD");
        transactions.pinCategory(new PinCategoryCommand(owner, household.id(), pinned.id(), Optional.of(HAIR),
                OptionalLong.empty()));
        Taxonomy taxonomy = Taxonomy.plaidV1();
        MerchantDirectory directory = MerchantDirectory.builtIn(key -> taxonomy.primaryOf(key.value())
                .map(CategoryKey::taxonomy));
        int[] asked = {0};
        Categorizer categorizer = new Categorizer(rules(), corrections(), ports().categories(), taxonomy, () -> {
            asked[0]++;
            return directory;
        }, new MerchantNameExtractor(), Optional.empty(), CategoryResolver.standard());
        List<Categorizer.Item> items = List.of(item("STARBUCKS 0412 SEATTLE", "STARBUCKS", "-4.50"),
                item(pinned.rawDescriptor(), pinned.normalizedDescriptor(), "-31.00"),
                item("SHELL OIL 57444 HOUSTON TX", "SHELL OIL", "-40.00"));

        List<Resolution> byRules = categorizer.categorize(household.id(), items, Categorizer.Depth.RULES);

        assertThat(asked[0]).isZero();
        assertThat(byRules).extracting(r -> r.assignment().category())
                .containsExactly(Optional.of(COFFEE), Optional.of(HAIR), Optional.empty());
        assertThat(byRules).extracting(r -> r.assignment().source())
                .containsExactly(AssignmentSource.RULE, AssignmentSource.LEARNED, AssignmentSource.NONE);
        List<Resolution> full = categorizer.categorize(household.id(), items, Categorizer.Depth.FULL);
        assertThat(asked[0]).isPositive();
        assertThat(full.get(2).assignment().source()).isEqualTo(AssignmentSource.MERCHANT);
        assertThat(full.subList(0, 2)).extracting(Resolution::assignment)
                .isEqualTo(byRules.subList(0, 2).stream().map(Resolution::assignment).toList());
    }

    private Categorizer.Item item(String raw, String normalized, String amount) {
        return new Categorizer.Item(raw, normalized, Money.parse(amount, "USD"), checking.id(),
                LocalDate.parse("2026-03-10"), CategoryAssignment.none());
    }
}
