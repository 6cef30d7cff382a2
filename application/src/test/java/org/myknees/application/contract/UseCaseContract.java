package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myknees.application.account.AccountService;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.application.account.port.out.AccountCodeTakenException;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.category.CategoryService;
import org.myknees.application.category.port.in.CategoryCommands.CreateCategoryCommand;
import org.myknees.application.category.port.in.CategoryCommands.MergeCategoriesCommand;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.household.ReadOnlyMemberException;
import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.household.port.in.HouseholdCommands.RemoveMemberCommand;
import org.myknees.application.onetimeevent.OneTimeEventService;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.PlanEventCommand;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.report.ReportService;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.AssignToEventCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.LinkTransferCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.SplitTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.UnlinkTransferCommand;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.LastOwnerException;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.report.MonthBucket;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.CategorizationOutcome;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.SplitsDoNotAddUpException;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The use cases end to end over one store, with a fixed clock: access rules, edits, categories, transfers and
 * reports. Every store runs it, so the services behave the same on each.
 */
public abstract class UseCaseContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
    private static final CategoryKey GROCERIES = CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES");

    protected abstract PortsUnderTest ports();

    private HouseholdService households;
    private AccountService accounts;
    private TransactionService transactions;
    private CategoryService categories;
    private OneTimeEventService events;
    private ReportService reports;
    private UserId owner;
    private UserId stranger;
    private Household household;
    private Account checking;

    @BeforeEach
    void wire() {
        PortsUnderTest p = ports();
        households = new HouseholdService(p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        accounts = new AccountService(p.accounts(), p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        transactions = new TransactionService(p.transactions(), p.accounts(), p.oneTimeEvents(),
                new CategoryCatalog(Taxonomy.plaidV1(), p.categories()), p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        categories = new CategoryService(Taxonomy.plaidV1(), p.categories(), p.transactions(), p.households(),
                p.unitOfWork(), p.outbox(), CLOCK);
        events = new OneTimeEventService(p.oneTimeEvents(), p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        reports = new ReportService(p.reports(), p.transactions(), p.households(), CLOCK);
        owner = UserId.newId();
        stranger = UserId.newId();
        household = households.createHousehold(new CreateHouseholdCommand(owner, "The Smiths"));
        checking = open(owner, "Ally_Bank");
    }

    private Account open(UserId actor, String code) {
        return accounts.openAccount(new OpenAccountCommand(actor, household.id(), new AccountCode(code), code,
                AccountType.CHECKING, Money.parse("100.00", "USD"), LocalDate.parse("2026-01-01"), Optional.empty()));
    }

    private Transaction record(UserId actor, Account account, String date, String amount, String text) {
        return transactions.recordTransaction(new RecordTransactionCommand(actor, household.id(), account.id(),
                LocalDate.parse(date), Money.parse(amount, "USD"), text, TransactionStatus.POSTED, Optional.empty()));
    }

    @Test
    void a_stranger_gets_not_found_for_everything_of_the_household() {
        Transaction tx = record(owner, checking, "2026-03-01", "-12.50", "Coffee");

        assertThatThrownBy(() -> accounts.listAccounts(stranger, household.id(), true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transactions.getTransaction(stranger, household.id(), tx.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> record(stranger, checking, "2026-03-01", "-1.00", "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.monthBuckets(stranger, household.id(), Period.of(YearMonth.parse("2026-01"),
                YearMonth.parse("2026-03")))).isInstanceOf(NotFoundException.class);
        assertThat(households.listHouseholds(stranger)).isEmpty();
    }

    @Test
    void a_viewer_reads_but_cannot_write_and_an_owner_cannot_leave_alone() {
        UserId viewer = UserId.newId();
        households.addMember(new AddMemberCommand(owner, household.id(), viewer, MemberRole.VIEWER));
        Transaction tx = record(owner, checking, "2026-03-01", "-12.50", "Coffee");

        assertThat(transactions.getTransaction(viewer, household.id(), tx.id())).isEqualTo(tx);
        assertThatThrownBy(() -> record(viewer, checking, "2026-03-02", "-1.00", "x"))
                .isInstanceOf(ReadOnlyMemberException.class);
        assertThatThrownBy(() -> households.addMember(new AddMemberCommand(viewer, household.id(), UserId.newId(),
                MemberRole.OWNER))).isInstanceOf(ReadOnlyMemberException.class);
        assertThatThrownBy(() -> households.removeMember(new RemoveMemberCommand(owner, household.id(), owner)))
                .isInstanceOf(LastOwnerException.class);
        assertThat(households.removeMember(new RemoveMemberCommand(viewer, household.id(), viewer)).isMember(viewer))
                .isFalse();
    }

    @Test
    void account_codes_are_unique_and_the_other_household_cannot_use_my_account() {
        assertThatThrownBy(() -> open(owner, "ally_bank")).isInstanceOf(AccountCodeTakenException.class);
        Household theirs = households.createHousehold(new CreateHouseholdCommand(stranger, "Others"));

        assertThatThrownBy(() -> transactions.recordTransaction(new RecordTransactionCommand(stranger, theirs.id(),
                checking.id(), LocalDate.parse("2026-03-01"), Money.parse("-1", "USD"), "x", TransactionStatus.POSTED,
                Optional.empty()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_pinned_category_survives_automatic_categorization_and_stale_edits_conflict() {
        Transaction tx = record(owner, checking, "2026-03-01", "-54.10", "WHOLE FOODS #123");
        Transaction pinned = transactions.pinCategory(new PinCategoryCommand(owner, household.id(), tx.id(),
                Optional.of(GROCERIES), OptionalLong.of(tx.version())));

        CategorizationOutcome outcome = pinned.categorizeAutomatically(CategoryAssignment.automatic(
                CategoryKey.taxonomy("GENERAL_MERCHANDISE_SUPERSTORES"), AssignmentSource.RULE, 1, "r1"), CLOCK.instant());

        assertThat(outcome).isInstanceOf(CategorizationOutcome.KeptManualPin.class);
        assertThat(pinned.category()).isEqualTo(CategoryAssignment.manual(GROCERIES));
        assertThatThrownBy(() -> transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), tx.id(),
                "late", Set.of(), OptionalLong.of(tx.version())))).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> transactions.pinCategory(new PinCategoryCommand(owner, household.id(), tx.id(),
                Optional.of(CategoryKey.taxonomy("NOT_A_CODE")), OptionalLong.empty())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void splits_must_add_up_and_transfers_leave_spending() {
        Account card = open(owner, "Capital_One");
        Transaction payment = record(owner, checking, "2026-03-02", "-200.00", "CAPITAL ONE AUTOPAY");
        Transaction received = record(owner, card, "2026-03-03", "200.00", "PAYMENT THANK YOU");
        Transaction target = record(owner, card, "2026-03-04", "-30.00", "TARGET");

        assertThatThrownBy(() -> transactions.split(new SplitTransactionCommand(owner, household.id(), target.id(),
                List.of(new SplitLine(Money.parse("-10", "USD"), "a", Optional.of(GROCERIES)),
                        new SplitLine(Money.parse("-10", "USD"), "b", Optional.empty())), OptionalLong.empty())))
                .isInstanceOf(SplitsDoNotAddUpException.class);
        transactions.split(new SplitTransactionCommand(owner, household.id(), target.id(),
                List.of(new SplitLine(Money.parse("-20", "USD"), "food", Optional.of(GROCERIES)),
                        new SplitLine(Money.parse("-10", "USD"), "other", Optional.empty())), OptionalLong.empty()));
        List<Transaction> linked = transactions.linkTransfer(new LinkTransferCommand(owner, household.id(),
                payment.id(), received.id()));

        assertThat(linked).extracting(t -> t.transferLink().orElseThrow()).containsExactly(received.id(), payment.id());
        List<MonthBucket> buckets = reports.monthBuckets(owner, household.id(),
                Period.of(YearMonth.parse("2026-03"), YearMonth.parse("2026-03"))).buckets();
        assertThat(buckets).extracting(MonthBucket::total)
                .containsExactly(Money.parse("-20.00", "USD"), Money.parse("-10.00", "USD"));

        transactions.unlinkTransfer(new UnlinkTransferCommand(owner, household.id(), received.id()));
        assertThat(transactions.getTransaction(owner, household.id(), payment.id()).transferLink()).isEmpty();
    }

    @Test
    void merging_categories_moves_pins_and_one_time_events_are_reported_apart() {
        HouseholdCategory kids = categories.createCategory(new CreateCategoryCommand(owner, household.id(), "Kids",
                "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE"));
        HouseholdCategory children = categories.createCategory(new CreateCategoryCommand(owner, household.id(),
                "Children", "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE"));
        Transaction toys = record(owner, checking, "2026-03-05", "-40.00", "TOY STORE");
        transactions.pinCategory(new PinCategoryCommand(owner, household.id(), toys.id(), Optional.of(kids.key()),
                OptionalLong.empty()));
        OneTimeEvent remodel = events.planEvent(new PlanEventCommand(owner, household.id(), "Kitchen remodel 2026",
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30")));
        Transaction lumber = record(owner, checking, "2026-03-06", "-900.00", "HOME DEPOT");
        transactions.assignToEvent(new AssignToEventCommand(owner, household.id(), lumber.id(), Optional.of(remodel.id())));

        categories.mergeCategories(new MergeCategoriesCommand(owner, household.id(), kids.id(), children.id()));

        assertThat(transactions.getTransaction(owner, household.id(), toys.id()).category())
                .isEqualTo(CategoryAssignment.manual(children.key()));
        assertThat(categories.listCategories(owner, household.id())).extracting(HouseholdCategory::name)
                .containsExactly("Children");
        var report = reports.monthBuckets(owner, household.id(), Period.of(YearMonth.parse("2026-03"),
                YearMonth.parse("2026-03")));
        assertThat(report.buckets()).extracting(MonthBucket::total).containsExactly(Money.parse("-40.00", "USD"));
        assertThat(report.oneTimeEvents()).singleElement()
                .satisfies(e -> assertThat(e.total()).isEqualTo(Money.parse("-900.00", "USD")));
        assertThat(reports.drillDown(owner, household.id(), YearMonth.parse("2026-03"), Optional.of(children.key()),
                PageRequest.first(10)).items()).extracting(Transaction::id).containsExactly(toys.id());
        assertThat(transactions.listTransactions(owner, household.id(), TransactionFilter.all().withText("depot"),
                PageRequest.first(10)).items()).extracting(Transaction::id).containsExactly(lumber.id());
    }
}
