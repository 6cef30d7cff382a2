package org.myknees.application.transaction;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.transaction.port.in.EditTransactionUseCase;
import org.myknees.application.transaction.port.in.ListTransactionsQuery;
import org.myknees.application.transaction.port.in.RecordTransactionUseCase;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.AssignToEventCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.LinkTransferCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.SplitTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.UnlinkTransferCommand;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.Change;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.merchant.DescriptorNormalizer;
import org.myknees.domain.household.UserId;
import org.myknees.domain.transaction.InvalidTransferLinkException;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransferLinks;

/** Implements the transaction use cases. */
public final class TransactionService implements RecordTransactionUseCase, EditTransactionUseCase,
        ListTransactionsQuery {

    /** The same matching form imports use, so hand-recorded and imported rows dedupe against each other. */
    private static final DescriptorNormalizer NORMALIZER = new DescriptorNormalizer();

    private final TransactionRepository transactions;
    private final AccountRepository accounts;
    private final OneTimeEventRepository events;
    private final CategoryCatalog catalog;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Optional<CorrectionRepository> corrections;

    public TransactionService(TransactionRepository transactions, AccountRepository accounts,
                              OneTimeEventRepository events, CategoryCatalog catalog, HouseholdRepository households,
                              UnitOfWork unitOfWork, EventOutbox outbox, Clock clock) {
        this(transactions, accounts, events, catalog, households, unitOfWork, outbox, clock, Optional.empty());
    }

    /**
     * The same use cases, and every category a person pins is also kept as a correction of its descriptor for the
     * household, so categorization learns it at once.
     */
    public TransactionService(TransactionRepository transactions, AccountRepository accounts,
                              OneTimeEventRepository events, CategoryCatalog catalog, HouseholdRepository households,
                              UnitOfWork unitOfWork, EventOutbox outbox, Clock clock, CorrectionRepository corrections) {
        this(transactions, accounts, events, catalog, households, unitOfWork, outbox, clock,
                Optional.of(Objects.requireNonNull(corrections, "corrections")));
    }

    private TransactionService(TransactionRepository transactions, AccountRepository accounts,
                               OneTimeEventRepository events, CategoryCatalog catalog, HouseholdRepository households,
                               UnitOfWork unitOfWork, EventOutbox outbox, Clock clock,
                               Optional<CorrectionRepository> corrections) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.events = Objects.requireNonNull(events, "events");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.access = new HouseholdAccess(households, clock, HouseholdAccess.READ_CHECK_MEMORY);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.corrections = corrections;
    }

    @Override
    public Transaction recordTransaction(RecordTransactionCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            Account account = accounts.find(c.household(), c.account())
                    .orElseThrow(() -> new NotFoundException("account", c.account()));
            return store(Transaction.record(TransactionId.timeOrdered(clock), account, c.bookingDate(), c.amount(),
                    c.rawDescriptor(), NORMALIZER.normalize(c.rawDescriptor()), c.status(), c.externalId(), clock.instant()));
        });
    }

    @Override
    public Transaction annotate(AnnotateTransactionCommand c) {
        return unitOfWork.execute(() -> {
            Transaction tx = requireForEdit(c.actor(), c.household(), c.transaction(), c.expectedVersion());
            return store(tx.annotate(c.notes(), c.tags(), clock.instant()));
        });
    }

    @Override
    public Transaction pinCategory(PinCategoryCommand c) {
        return unitOfWork.execute(() -> {
            Transaction tx = requireForEdit(c.actor(), c.household(), c.transaction(), c.expectedVersion());
            if (c.category().isEmpty()) {
                return store(tx.unpinCategory(clock.instant()));
            }
            CategoryKey key = catalog.requireUsable(c.household(), c.category().get());
            corrections.ifPresent(learned -> learned.save(c.household(),
                    new LabelledExample(tx.normalizedDescriptor(), key.value(), tx.merchant())));
            return store(tx.pinCategory(key, clock.instant()));
        });
    }

    @Override
    public Transaction split(SplitTransactionCommand c) {
        return unitOfWork.execute(() -> {
            Transaction tx = requireForEdit(c.actor(), c.household(), c.transaction(), c.expectedVersion());
            for (SplitLine line : c.lines()) {
                line.category().ifPresent(key -> catalog.requireUsable(c.household(), key));
            }
            return store(tx.split(c.lines(), clock.instant()));
        });
    }

    @Override
    public List<Transaction> linkTransfer(LinkTransferCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            Transaction a = require(c.household(), c.transaction());
            Transaction b = require(c.household(), c.counterpart());
            return TransferLinks.link(a, b, clock.instant()).stream().map(this::store).toList();
        });
    }

    @Override
    public List<Transaction> unlinkTransfer(UnlinkTransferCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            Transaction a = require(c.household(), c.transaction());
            TransactionId counterpart = a.transferLink().orElseThrow(() ->
                    new InvalidTransferLinkException("Transaction " + a.id() + " is not linked as a transfer"));
            Transaction b = require(c.household(), counterpart);
            return TransferLinks.unlink(a, b, clock.instant()).stream().map(this::store).toList();
        });
    }

    @Override
    public Transaction assignToEvent(AssignToEventCommand c) {
        return unitOfWork.execute(() -> {
            Transaction tx = requireForEdit(c.actor(), c.household(), c.transaction(), OptionalLong.empty());
            c.event().ifPresent(id -> events.find(c.household(), id)
                    .orElseThrow(() -> new NotFoundException("one-time event", id)));
            return store(tx.assignToEvent(c.event(), clock.instant()));
        });
    }

    @Override
    public Page<Transaction> listTransactions(UserId actor, HouseholdId household, TransactionFilter filter,
                                              PageRequest page) {
        access.requireReadAccess(actor, household);
        return transactions.search(household, filter, page);
    }

    @Override
    public Transaction getTransaction(UserId actor, HouseholdId household, TransactionId id) {
        access.requireReader(actor, household);
        return require(household, id);
    }

    private Transaction requireForEdit(UserId actor, HouseholdId household, TransactionId id,
                                       OptionalLong expectedVersion) {
        access.requireWriter(actor, household);
        Transaction tx = require(household, id);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != tx.version()) {
            throw new VersionConflictException("transaction", id, expectedVersion.getAsLong());
        }
        return tx;
    }

    private Transaction require(HouseholdId household, TransactionId id) {
        return transactions.find(household, id).orElseThrow(() -> new NotFoundException("transaction", id));
    }

    private Transaction store(Change<Transaction> change) {
        Transaction saved = transactions.save(change.value());
        outbox.append(change.events());
        return saved;
    }
}
