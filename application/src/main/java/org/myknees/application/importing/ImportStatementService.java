package org.myknees.application.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.importing.port.in.ImportEditedSinceException;
import org.myknees.application.importing.port.in.ImportRejectedException;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.in.ImportReport.CorrectionOutcome;
import org.myknees.application.importing.port.in.ImportReport.CorrectionRow;
import org.myknees.application.importing.port.in.ImportReport.DuplicateRow;
import org.myknees.application.importing.port.in.ImportReport.StatementSummary;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.application.importing.port.in.ImportStatementUseCase;
import org.myknees.application.importing.port.in.ManageImportsUseCase;
import org.myknees.application.importing.port.out.AppliedCorrection;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.importing.port.out.ImportProgress;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedOrder;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedStatement.Withdrawal;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.importing.DuplicatePolicy;
import org.myknees.domain.importing.DuplicateVerdict;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatch.ImportReverted;
import org.myknees.domain.importing.ImportBatch.StatementImported;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.importing.ImportCandidate;
import org.myknees.domain.money.Money;
import org.myknees.domain.purchase.InvalidPurchaseException;
import org.myknees.domain.purchase.OrderKey;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;
import org.myknees.domain.purchase.PurchaseLine;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.BankFields;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * Implements imports: parse → normalize → validate → dedupe → store as one batch, and revert. Nothing is dropped
 * silently: every row ends up added, a duplicate (with the reason) or quarantined (with line and reason). The
 * orders of an order file count as rows: each is added as a purchase, a duplicate of a stored purchase with the
 * same {@link OrderKey}, or quarantined.
 */
public final class ImportStatementService implements ImportStatementUseCase, ManageImportsUseCase {

    /** Rows dated this far after today are reported as a warning (still imported). */
    public static final int FUTURE_WARNING_DAYS = 7;

    private static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");
    /**
     * How many new transactions are built, categorized (by rules) and handed to the store at a time. A thread of
     * the import's own works {@link #CHUNKS_AHEAD} chunks ahead of the unit of work that stores them, so a large
     * import never holds all its transactions at once.
     */
    private static final int STORE_CHUNK = 25_000;
    private static final int CHUNKS_AHEAD = 2;

    private final StatementParsers parsers;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final ImportBatchRepository batches;
    private final PurchaseRepository purchases;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;
    private final DuplicatePolicy duplicates;
    private final UnaryOperator<String> normalizer;
    private final Optional<Categorizer> categorizer;
    private final Categorizer.Depth depth;

    /**
     * An import service that leaves new rows uncategorized. {@code normalizer} must be a pure function of its
     * argument (as {@code DescriptorNormalizer::normalize} is): an import normalizes each distinct descriptor of a
     * file once and shares the result between the rows that carry it.
     */
    public ImportStatementService(StatementParsers parsers, AccountRepository accounts,
                                  TransactionRepository transactions, ImportBatchRepository batches,
                                  PurchaseRepository purchases, HouseholdRepository households, UnitOfWork unitOfWork,
                                  EventOutbox outbox, Clock clock, DuplicatePolicy duplicates,
                                  UnaryOperator<String> normalizer) {
        this.parsers = Objects.requireNonNull(parsers, "parsers");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.access = new HouseholdAccess(households);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.categorizer = Optional.empty();
        this.depth = Categorizer.Depth.RULES;
    }

    private ImportStatementService(ImportStatementService base, Categorizer categorizer, Categorizer.Depth depth) {
        this.parsers = base.parsers;
        this.accounts = base.accounts;
        this.transactions = base.transactions;
        this.batches = base.batches;
        this.purchases = base.purchases;
        this.access = base.access;
        this.unitOfWork = base.unitOfWork;
        this.outbox = base.outbox;
        this.clock = base.clock;
        this.duplicates = base.duplicates;
        this.normalizer = base.normalizer;
        this.categorizer = Optional.of(categorizer);
        this.depth = Objects.requireNonNull(depth, "depth");
    }

    /**
     * The same service, categorizing the rows it adds in the same pass: {@link Categorizer.Depth#RULES} runs the
     * household's rules and corrections only (what bulk imports need to stay fast), {@link Categorizer.Depth#FULL}
     * also the merchant knowledge and the model.
     */
    public ImportStatementService categorizing(Categorizer categorizer, Categorizer.Depth depth) {
        return new ImportStatementService(this, Objects.requireNonNull(categorizer, "categorizer"), depth);
    }

    @Override
    public ImportReport importStatement(ImportStatementCommand c, ImportProgress progress) {
        access.requireWriter(c.actor(), c.household());
        Optional<Account> forced = c.account().map(code -> accounts.findByCode(c.household(), code)
                .orElseThrow(() -> new NotFoundException("account", code)));
        Optional<ImportFormat> format = c.format().or(() -> forced.flatMap(Account::defaultImportFormat));
        StatementParser parser = format.map(f -> parsers.forFormat(f, c.fileName()))
                .orElseGet(() -> parsers.detect(c.content(), c.fileName()));
        Map<String, String> options = new LinkedHashMap<>(c.options());
        // A profile such as csv:ally-bank is read by its family's parser with the profile as an option.
        format.filter(f -> !f.code().equals(f.family()))
                .ifPresent(f -> options.putIfAbsent("profile", f.code().substring(f.family().length() + 1)));
        ParseContext context = new ParseContext(c.fileName(), forced.map(Account::currency), Optional.empty(), options);
        ImportBatchId batchId = ImportBatchId.newId();
        // Hashing a large file takes a fraction of a second of a core that is idle while the file is parsed.
        CompletableFuture<String> checksum = CompletableFuture.supplyAsync(() -> sha256(c.content()),
                task -> daemon(task, "checksum " + batchId));
        Plan plan = parseAndPlan(c, forced, parser, context, batchId, progress);
        Optional<ImportBatch> earlier = batches.findCommittedByChecksum(c.household(), checksum.join());
        // Rows are judged while the unit of work stores the new ones judged before them, unless what the batch adds
        // must be known before anything is written: a dry run, a file imported before (stored again only if it
        // adds something), or categorizing with every source (asked once over the whole file).
        if (c.dryRun() || earlier.isPresent() || (categorizer.isPresent() && depth == Categorizer.Depth.FULL)) {
            plan.judgeAll();
            boolean nothingNew = plan.addedCount() == 0 && plan.corrected.isEmpty() && plan.withdrawals.isEmpty();
            if (c.dryRun() || (earlier.isPresent() && nothingNew)) {
                return plan.report(c.fileName(), parser.format(), Optional.empty(), c.dryRun(),
                        earlier.filter(b -> nothingNew).map(ImportBatch::id));
            }
        }
        Instant now = clock.instant();
        long leastAdded = plan.leastAdded();
        progress.storing(plan.mostAdded());
        try (Prefetch<List<Transaction>> chunks = new Prefetch<>(new NewTransactions(plan, c.household()),
                CHUNKS_AHEAD, "import " + batchId)) {
            unitOfWork.run(() -> {
                for (Account account : plan.newAccounts) {
                    accounts.save(account);
                }
                transactions.addAll(c.household(), batchId, chunks, leastAdded);
                if (chunks.hasNext()) {
                    throw new IllegalStateException("The store did not take every chunk of the batch");
                }
                for (Transaction posted : plan.replaced) {
                    transactions.save(posted);
                }
                List<AppliedCorrection> applied = new ArrayList<>(plan.corrected.size() + plan.withdrawals.size());
                for (BankCorrections.Replaces correction : plan.corrected) {
                    Transaction saved = transactions.save(correction.after());
                    applied.add(new AppliedCorrection.Replaced(correction.line(), correction.before().id(),
                            correction.before().bankFields(), saved.version()));
                }
                if (!plan.withdrawals.isEmpty()) {
                    transactions.removeAll(c.household(), plan.withdrawals.stream()
                            .map(AppliedCorrection.Withdrawn::transaction).toList());
                    applied.addAll(plan.withdrawals);
                }
                purchases.addAll(c.household(), plan.purchases);
                ImportBatch batch = new ImportBatch(batchId, c.household(), c.fileName(), parser.format().code(),
                        checksum.join(), now, plan.rows(), plan.addedCount(), plan.duplicates().size(),
                        plan.quarantined.size(), plan.corrected.size(), plan.withdrawals.size(), plan.period(),
                        plan.warnings(), false, 0);
                batches.save(batch, plan.quarantined, applied);
                outbox.append(List.of(new StatementImported(c.household(), batchId, c.fileName(), batch.added(),
                        batch.duplicates(), batch.quarantined(), now)));
            });
        }
        progress.stored(plan.addedCount());
        return plan.report(c.fileName(), parser.format(), Optional.of(batchId), false, Optional.empty());
    }

    @Override
    public List<ImportBatch> listImports(UserId actor, HouseholdId household) {
        access.requireReader(actor, household);
        return batches.list(household);
    }

    @Override
    public ImportBatch getImport(UserId actor, HouseholdId household, ImportBatchId id) {
        access.requireReader(actor, household);
        return batches.find(household, id).orElseThrow(() -> new NotFoundException("import batch", id));
    }

    @Override
    public List<QuarantinedRow> quarantinedRows(UserId actor, HouseholdId household, ImportBatchId id) {
        ImportBatch batch = getImport(actor, household, id);
        return batches.quarantinedRows(household, batch.id());
    }

    @Override
    public ImportBatch revertImport(UserId actor, HouseholdId household, ImportBatchId id, boolean force) {
        return unitOfWork.execute(() -> {
            access.requireWriter(actor, household);
            ImportBatch batch = batches.find(household, id).orElseThrow(() -> new NotFoundException("import batch", id));
            if (batch.reverted()) {
                throw new ImportRejectedException("Import batch " + id + " was already reverted");
            }
            List<TransactionId> added = batches.addedTransactions(household, id);
            List<AppliedCorrection> corrections = batches.corrections(household, id);
            if (!force) {
                List<TransactionId> edited = new ArrayList<>();
                added.stream().map(txId -> transactions.find(household, txId)).flatMap(Optional::stream)
                        .filter(Transaction::isEditedByPerson).map(Transaction::id).forEach(edited::add);
                // A corrected row changed since by anyone (a person, a later import) would lose that change.
                for (AppliedCorrection correction : corrections) {
                    if (correction instanceof AppliedCorrection.Replaced replaced) {
                        transactions.find(household, replaced.transaction())
                                .filter(now -> now.version() != replaced.versionAfter())
                                .ifPresent(now -> edited.add(now.id()));
                    }
                }
                if (!edited.isEmpty()) {
                    throw new ImportEditedSinceException(id, edited);
                }
            }
            int removed = transactions.removeAll(household, added) + purchases.removeByBatch(household, id);
            for (int i = corrections.size() - 1; i >= 0; i--) {
                undo(household, corrections.get(i));
            }
            ImportBatch reverted = batches.save(batch.revert());
            outbox.append(List.of(new ImportReverted(household, id, removed, clock.instant())));
            return reverted;
        });
    }

    /**
     * Undoes one correction of a reverted batch: a replaced transaction takes back the bank's earlier fields (keeping
     * every person's edit), a withdrawn one is stored again unless it is stored already or the account holds its bank
     * id again (imported anew since), so nothing is doubled.
     */
    private void undo(HouseholdId household, AppliedCorrection correction) {
        if (correction instanceof AppliedCorrection.Replaced replaced) {
            // A revert reports no warnings: a split kept against the earlier amount says nothing new.
            transactions.find(household, replaced.transaction()).ifPresent(now ->
                    transactions.save(restated(now, replaced.earlier(), replaced.line(), new ArrayList<>())));
        } else if (correction instanceof AppliedCorrection.Withdrawn withdrawn) {
            Transaction removed = withdrawn.removed();
            boolean storedAgain = transactions.find(household, removed.id()).isPresent()
                    || (removed.externalId().isPresent() && !transactions.findByExternalIds(household,
                    removed.accountId(), List.of(removed.externalId().get())).isEmpty());
            if (!storedAgain) {
                transactions.save(removed.withVersion(0));
            }
        }
    }

    /**
     * The stored transaction restated by the bank: the rule both a pending row's posted form and a correction follow.
     * The bank's fields are taken and every person's edit kept; when a person split the transaction and the bank's
     * amount differs, the split and its amount are kept and a warning says so, as a split must add up to the amount.
     */
    static Transaction restated(Transaction stored, BankFields bank, int line, List<String> warnings) {
        if (stored.isSplit() && !stored.amount().equals(bank.amount())) {
            warnings.add("Line " + line + ": the bank now states " + bank.amount() + " for transaction " + stored.id()
                    + ", which a person split into lines adding up to " + stored.amount()
                    + "; the split and its amount were kept, change them by hand");
            return stored.restate(bank.withAmount(stored.amount()));
        }
        return stored.restate(bank);
    }

    /**
     * Parses and plans in a method of its own: the parsed rows (hundreds of megabytes for a large file) can be
     * collected as soon as it returns, before the rows are categorized and stored.
     */
    private Plan parseAndPlan(ImportStatementCommand c, Optional<Account> forced, StatementParser parser,
                              ParseContext context, ImportBatchId batch, ImportProgress progress) {
        ParsedFile parsed = parser.parse(c.content(), context);
        progress.parsed(parsed.statements().stream().mapToInt(s -> s.transactions().size()).sum()
                + parsed.orders().size() + parsed.quarantined().size());
        if (c.strict() && !parsed.quarantined().isEmpty()) {
            QuarantinedRow first = parsed.quarantined().get(0);
            throw new ImportRejectedException(c.fileName() + ": strict import refused: " + parsed.quarantined().size()
                    + " rows could not be read; the first, at line " + first.line() + " (" + first.field() + "): "
                    + first.reason());
        }
        return plan(c, forced, parsed, batch);
    }

    /**
     * Plans what can be known before the rows are judged: the accounts, the rows quarantined for their currency, the
     * warnings, and the stored transactions the rows are judged against. The rows themselves are judged later, in
     * file order, by {@link Plan#newRows}.
     */
    private Plan plan(ImportStatementCommand c, Optional<Account> forced, ParsedFile parsed, ImportBatchId batch) {
        HouseholdId household = c.household();
        Plan plan = new Plan(normalizer);
        plan.quarantined.addAll(parsed.quarantined());
        plan.warnings.addAll(parsed.warnings());
        Map<String, Account> byReference = new LinkedHashMap<>();
        Map<AccountId, LocalDate[]> ranges = new LinkedHashMap<>();
        LocalDate futureLimit = LocalDate.now(clock).plusDays(FUTURE_WARNING_DAYS);
        int future = 0;
        // Only a file that corrects rows has these: an ordinary file pays nothing per row for corrections.
        List<BankCorrections.Stated<ParsedTransaction>> replacing = null;
        List<BankCorrections.Stated<Withdrawal>> withdrawn = new ArrayList<>();
        for (ParsedStatement statement : parsed.statements()) {
            Account statementAccount = forced.orElse(null);
            if (statementAccount == null && statement.transactions().stream().anyMatch(t -> t.accountRef().isEmpty())) {
                statementAccount = resolve(c, statement.account(), statement, byReference, plan);
            }
            plan.summaries.add(summary(statement, statementAccount, plan.warnings, c.fileName()));
            if (!statement.withdrawn().isEmpty()) {
                Optional<Account> from = Optional.ofNullable(statementAccount)
                        .or(() -> existing(c.household(), statement.account()));
                from.ifPresentOrElse(account -> statement.withdrawn().forEach(w -> withdrawn.add(
                        new BankCorrections.Stated<>(w, account.id()))), () -> plan.warnings.add(
                        statement.withdrawn().size() + " withdrawal(s) concern an account the household does not have "
                                + "(" + statement.account().identifier().or(statement.account()::name).orElse("unnamed")
                                + "); nothing was removed for them"));
            }
            for (ParsedTransaction row : statement.transactions()) {
                Account account = statementAccount;
                if (forced.isEmpty() && row.accountRef().isPresent()) {
                    account = resolve(c, new StatementAccount(row.accountRef(), Optional.empty(), row.accountRef(),
                            Optional.empty()), statement, byReference, plan);
                }
                if (!row.amount().currency().equals(account.currency())) {
                    plan.quarantined.add(new QuarantinedRow(row.line(), "currency", "the amount is in "
                            + row.amount().currency().getCurrencyCode() + " but account " + account.code() + " is in "
                            + account.currency().getCurrencyCode(), row.rawDescriptor()));
                    continue;
                }
                if (row.bookingDate().isAfter(futureLimit)) {
                    future++;
                }
                LocalDate date = row.bookingDate();
                LocalDate[] range = ranges.computeIfAbsent(account.id(), a -> new LocalDate[]{date, date});
                range[0] = date.isBefore(range[0]) ? date : range[0];
                range[1] = date.isAfter(range[1]) ? date : range[1];
                plan.rows.add(row);
                plan.rowAccounts.add(account);
                if (row.replaces().isPresent()) {
                    if (replacing == null) {
                        replacing = new ArrayList<>();
                    }
                    replacing.add(new BankCorrections.Stated<>(row, account.id()));
                }
            }
        }
        if (future > 0) {
            plan.warnings.add(future + " rows are dated more than " + FUTURE_WARNING_DAYS + " days in the future");
        }
        List<Transaction> stored = new ArrayList<>();
        ranges.forEach((account, range) -> stored.addAll(transactions.findInPeriod(household, account,
                new Period(range[0].minusDays(duplicates.pendingWindowDays()), range[1].plusDays(1)))));
        int settledByCorrections = replacing != null || !withdrawn.isEmpty()
                ? planCorrections(household, plan, replacing == null ? List.of() : replacing, withdrawn, stored) : 0;
        plan.storedRows = stored.size() + settledByCorrections;
        plan.judgement = duplicates.against(stored);
        Instant now = clock.instant();
        plan.now = now;
        planPurchases(household, parsed.orders(), batch, now, plan);
        return plan;
    }

    /**
     * Works out the file's corrections: looks up the stored rows they name (in the rows already read for the duplicate
     * policy, then in the store for the rest, whatever their dates), keeps those rows from the duplicate policy, and
     * settles the withdrawals. The rows that replace stored ones are settled as they are judged. Returns how many rows
     * of the file the corrections may settle without adding them (those that correct a row, and those a correction
     * names), for the least count of new rows.
     */
    private int planCorrections(HouseholdId household, Plan plan, List<BankCorrections.Stated<ParsedTransaction>> replacing,
                                List<BankCorrections.Stated<Withdrawal>> withdrawn, List<Transaction> stored) {
        Set<String> rowIds = new HashSet<>();
        for (int i = 0; i < plan.rows.size(); i++) {
            AccountId account = plan.rowAccounts.get(i).id();
            plan.rows.get(i).externalId().ifPresent(id -> rowIds.add(BankCorrections.key(account, id)));
        }
        BankCorrections corrections = new BankCorrections(replacing, withdrawn, rowIds);
        stored.forEach(corrections::offer);
        corrections.missing().forEach((account, ids) ->
                transactions.findByExternalIds(household, account, ids).forEach(corrections::offer));
        stored.removeIf(corrections::isTarget);
        plan.withdrawals.addAll(corrections.withdraw(plan.correctionRows, plan.warnings));
        plan.corrections = corrections;
        int settled = 0;
        for (int i = 0; i < plan.rows.size(); i++) {
            ParsedTransaction row = plan.rows.get(i);
            AccountId account = plan.rowAccounts.get(i).id();
            if (row.replaces().isPresent() || row.externalId().filter(id -> corrections.names(account, id)).isPresent()) {
                settled++;
            }
        }
        return settled;
    }

    /** The household's account a file names, if it has one; never opens one. */
    private Optional<Account> existing(HouseholdId household, StatementAccount named) {
        return named.identifier().or(named::name).flatMap(reference -> accounts.findByCode(household, codeFor(reference)));
    }

    /**
     * Each order becomes a new purchase, a duplicate of one the household has (same {@link OrderKey}), or is
     * quarantined when it breaks a purchase's invariants. Amounts that do not add up were already reported by the
     * parser as warnings, with the order's line.
     */
    private void planPurchases(HouseholdId household, List<ParsedOrder> orders, ImportBatchId batch, Instant now,
                               Plan plan) {
        if (orders.isEmpty()) {
            return;
        }
        List<ParsedOrder> readable = new ArrayList<>();
        List<Purchase> candidates = new ArrayList<>();
        for (ParsedOrder order : orders) {
            try {
                candidates.add(purchase(household, order, batch, now));
                readable.add(order);
            } catch (InvalidPurchaseException e) {
                plan.quarantined.add(new QuarantinedRow(order.line(), "order", e.getMessage(), order.orderNumber()));
            }
        }
        Set<OrderKey> stored = purchases.storedKeys(household, candidates.stream().map(Purchase::key).toList());
        Set<OrderKey> inFile = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            ParsedOrder order = readable.get(i);
            Purchase purchase = candidates.get(i);
            String which = "order " + order.orderNumber() + " of " + order.retailer();
            if (stored.contains(purchase.key())) {
                plan.orderDuplicates.add(new DuplicateRow(order.line(), which + " is already stored"));
            } else if (!inFile.add(purchase.key())) {
                plan.orderDuplicates.add(new DuplicateRow(order.line(), which + " appears earlier in the file"));
            } else {
                plan.purchases.add(purchase);
                plan.dates(order.orderDate());
            }
        }
    }

    private static Purchase purchase(HouseholdId household, ParsedOrder order, ImportBatchId batch, Instant now) {
        List<PurchaseLine> lines = order.items().stream()
                .map(i -> new PurchaseLine(i.description(), i.quantity(), i.unitPrice(), i.total(), i.sku())).toList();
        return new Purchase(PurchaseId.newId(), household, batch, order.retailer(), order.orderNumber(),
                order.orderDate(), order.subtotal(), order.tax(), order.shipping(), order.total(), order.sourceUrl(),
                lines, now);
    }

    /**
     * The plan's new rows as transactions, chunk by chunk, categorized when the service categorizes. Unless the plan
     * was judged whole beforehand, each chunk judges the rows of the file that follow the previous chunk's until it
     * holds {@link #STORE_CHUNK} new ones, so the rows are judged on the thread that builds the chunks while the
     * unit of work stores earlier ones. Rules alone run on the chunks as they are built, with the rules and
     * corrections read beforehand (the chunks are built on another thread, which must not use the stores while the
     * import's unit of work holds them). Every source ({@link Categorizer.Depth#FULL}) runs here, on the calling
     * thread, over all rows at once, so that the model is asked once per distinct descriptor of the file.
     */
    private final class NewTransactions implements Iterator<List<Transaction>> {

        private final Plan plan;
        private final Instant created;
        private final Optional<Function<List<Categorizer.Item>, List<Resolution>>> byRules;
        private Iterator<List<Transaction>> all;

        NewTransactions(Plan plan, HouseholdId household) {
            this.plan = plan;
            this.created = plan.now;
            if (depth == Categorizer.Depth.FULL && categorizer.isPresent()) {
                this.byRules = Optional.empty();
                this.all = List.of(build(plan.newRows(Integer.MAX_VALUE),
                        Optional.of(items -> categorizer.get().categorize(household, items, depth)))).iterator();
            } else {
                this.byRules = categorizer.map(categorizing -> categorizing.byRules(household));
            }
        }

        @Override
        public boolean hasNext() {
            return all != null ? all.hasNext() : plan.hasRowsLeft();
        }

        @Override
        public List<Transaction> next() {
            if (all != null) {
                return all.next();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return build(plan.newRows(STORE_CHUNK), byRules);
        }

        /**
         * The rows as new transactions, categorized first when the service categorizes, so that each transaction is
         * built once with its category and merchant.
         */
        private List<Transaction> build(List<NewRow> rows,
                                        Optional<Function<List<Categorizer.Item>, List<Resolution>>> categorizing) {
            List<Resolution> resolutions = categorizing.map(categorize -> categorize.apply(items(rows))).orElse(null);
            List<Transaction> built = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                NewRow planned = rows.get(i);
                ParsedTransaction row = planned.row();
                Transaction tx = Transaction.record(TransactionId.timeOrdered(clock), planned.account(),
                        row.bookingDate(), row.amount(), row.rawDescriptor(), planned.normalizedDescriptor(),
                        row.pending() ? TransactionStatus.PENDING : TransactionStatus.POSTED, row.externalId(),
                        created).value();
                Resolution resolution = resolutions == null ? null : resolutions.get(i);
                boolean decided = resolution != null
                        && (resolution.assignment().category().isPresent() || resolution.merchant().isPresent());
                if (decided || row.valueDate().isPresent()) {
                    Transaction.Builder more = tx.toBuilder().valueDate(row.valueDate());
                    if (decided) {
                        more.category(resolution.assignment()).merchant(resolution.merchant().or(tx::merchant));
                    }
                    tx = more.build();
                }
                built.add(tx);
            }
            return built;
        }
    }

    /** What the categorizer reads of new rows: a new transaction has no category yet. */
    private static List<Categorizer.Item> items(List<NewRow> rows) {
        List<Categorizer.Item> items = new ArrayList<>(rows.size());
        for (NewRow planned : rows) {
            ParsedTransaction row = planned.row();
            items.add(new Categorizer.Item(row.rawDescriptor(), planned.normalizedDescriptor(), row.amount(),
                    planned.account().id(), row.bookingDate(), CategoryAssignment.none()));
        }
        return items;
    }

    private Account resolve(ImportStatementCommand c, StatementAccount named, ParsedStatement statement,
                            Map<String, Account> byReference, Plan plan) {
        String reference = named.identifier().or(named::name).orElseThrow(() -> new ImportRejectedException(
                c.fileName() + ": the file does not name its account; choose one with --account CODE"));
        Account cached = byReference.get(reference);
        if (cached != null) {
            return cached;
        }
        AccountCode code = codeFor(reference);
        Account account = accounts.findByCode(c.household(), code).orElseGet(() -> {
            if (!c.createAccounts()) {
                throw new ImportRejectedException(c.fileName() + ": no account with code " + code + " for the file's "
                        + "account '" + reference + "'; choose one with --account CODE or add --create-accounts");
            }
            if (statement.currency().isEmpty()) {
                plan.warnings.add("The file names no currency for account '" + reference + "'; opened " + code
                        + " in " + DEFAULT_CURRENCY.getCurrencyCode());
            }
            Money opening = Money.zero(statement.currency().orElse(DEFAULT_CURRENCY));
            Account created = Account.open(AccountId.newId(), c.household(), code, named.name().orElse(reference),
                    typeOf(named.type()), opening, LocalDate.now(clock), c.format(), clock.instant()).value();
            plan.newAccounts.add(created);
            return created;
        });
        account.requireOpen();
        byReference.put(reference, account);
        return account;
    }

    /** The account code a file's account reference maps to: its characters that codes allow. */
    static AccountCode codeFor(String reference) {
        String code = reference.strip().replaceAll("[^A-Za-z0-9_.\\-]+", "_").replaceAll("^[^A-Za-z0-9]+", "");
        if (code.isEmpty()) {
            code = "Imported";
        }
        return new AccountCode(code.length() > 64 ? code.substring(code.length() - 64) : code);
    }

    private static AccountType typeOf(Optional<String> fileType) {
        String type = fileType.orElse("").toUpperCase(Locale.ROOT);
        if (type.contains("CREDIT") || type.equals("CCARD")) {
            return AccountType.CREDIT_CARD;
        }
        if (type.contains("SAVING")) {
            return AccountType.SAVINGS;
        }
        if (type.contains("CASH")) {
            return AccountType.CASH;
        }
        if (type.contains("LOAN") || type.contains("MORTGAGE")) {
            return AccountType.LOAN;
        }
        return AccountType.CHECKING;
    }

    private static StatementSummary summary(ParsedStatement statement, Account account, List<String> warnings,
                                            String fileName) {
        if (statement.opening().isPresent() && statement.closing().isPresent()) {
            Money opening = statement.opening().get().amount();
            Money movements = Money.zero(opening.currency());
            boolean sameCurrency = true;
            for (ParsedTransaction row : statement.transactions()) {
                sameCurrency &= row.amount().isSameCurrency(opening);
                if (sameCurrency) {
                    movements = movements.plus(row.amount());
                }
            }
            Money closing = statement.closing().get().amount();
            if (sameCurrency && closing.isSameCurrency(opening) && !opening.plus(movements).equals(closing)) {
                warnings.add(fileName + ": the statement of " + (account == null ? "the file" : account.code())
                        + " does not reconcile: opening " + opening + " + movements " + movements + " = "
                        + opening.plus(movements) + ", but the closing balance is " + closing);
            }
        }
        return new StatementSummary(account == null ? "(per row)" : account.code().value(),
                statement.currency().map(Currency::getCurrencyCode)
                        .orElse(account == null ? "" : account.currency().getCurrencyCode()),
                statement.opening().map(b -> b.amount()), statement.closing().map(b -> b.amount()),
                statement.transactions().size());
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    /** A row the import adds as a new transaction, with its account and its descriptor normalized. */
    private record NewRow(ParsedTransaction row, Account account, String normalizedDescriptor) {
    }

    /**
     * What an import will do. Everything but the judgement of the rows is worked out before anything is written;
     * the rows are judged in file order by {@link #newRows}, all at once ({@link #judgeAll}) or chunk by chunk
     * while the new ones are stored. The counts, duplicates, pending rows posted and the date range are complete
     * once every row is judged.
     */
    private static final class Plan {
        final List<Account> newAccounts = new ArrayList<>();
        /** The readable rows of the file in its accounts' currencies, in file order; each let go once judged. */
        final List<ParsedTransaction> rows = new ArrayList<>();
        final List<Account> rowAccounts = new ArrayList<>();
        final List<Transaction> replaced = new ArrayList<>();
        /** The file's corrections; null for a file that corrects nothing. */
        BankCorrections corrections;
        /** Stored transactions restated by rows that correct them, in file order. */
        final List<BankCorrections.Replaces> corrected = new ArrayList<>();
        final List<AppliedCorrection.Withdrawn> withdrawals = new ArrayList<>();
        final List<CorrectionRow> correctionRows = new ArrayList<>();
        final List<Purchase> purchases = new ArrayList<>();
        final List<DuplicateRow> rowDuplicates = new ArrayList<>();
        final List<DuplicateRow> orderDuplicates = new ArrayList<>();
        final List<QuarantinedRow> quarantined = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<StatementSummary> summaries = new ArrayList<>();
        private final UnaryOperator<String> normalizer;
        /**
         * A file repeats its descriptors (the same merchant month after month): each distinct one is normalized
         * once, and its rows share one normalized string while the file is judged and stored. Made when the first
         * row is judged, with room for a descriptor per row, so that it is never rehashed while it grows.
         */
        private Map<String, String> normalized;
        DuplicatePolicy.Judgement judgement;
        /** How many stored transactions the rows are judged against: at most that many rows are not new. */
        int storedRows;
        /** Rows judged so far; with {@link #judgedAhead}, rows judged but not yet taken. */
        private int judged;
        private List<NewRow> judgedAhead;
        private int addedRows;
        LocalDate first;
        LocalDate last;
        /** When the plan was made: the creation time of its new transactions. */
        Instant now;

        void dates(LocalDate date) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }

        Plan(UnaryOperator<String> normalizer) {
            this.normalizer = normalizer;
        }

        boolean hasRowsLeft() {
            return judgedAhead != null ? !judgedAhead.isEmpty() : judged < rows.size();
        }

        /** Judges every row now; {@link #newRows} then hands out the new ones. */
        void judgeAll() {
            if (judgedAhead == null) {
                judgedAhead = newRows(Integer.MAX_VALUE);
            }
        }

        /**
         * The next new rows, at most {@code max}, judging the rows that follow the last one judged (in file order)
         * until that many are new or the file ends; each duplicate and pending row posted is recorded on the way.
         */
        List<NewRow> newRows(int max) {
            if (judgedAhead != null) {
                List<NewRow> taken = judgedAhead.subList(0, Math.min(max, judgedAhead.size()));
                List<NewRow> handedOut = new ArrayList<>(taken);
                taken.clear();
                return handedOut;
            }
            if (normalized == null) {
                normalized = new HashMap<>((int) (rows.size() / 0.75) + 1);
            }
            List<NewRow> found = new ArrayList<>(Math.min(max, rows.size() - judged));
            for (; judged < rows.size() && found.size() < max; judged++) {
                ParsedTransaction row = rows.set(judged, null);
                Account account = rowAccounts.set(judged, null);
                String descriptor = normalized.computeIfAbsent(row.rawDescriptor(), normalizer);
                if (corrections != null) {
                    BankCorrections.Settled settled = corrections.settle(row, account.id(), descriptor, warnings);
                    if (settled instanceof BankCorrections.Superseded superseded) {
                        rowDuplicates.add(new DuplicateRow(row.line(), superseded.reason()));
                        continue;
                    }
                    if (settled instanceof BankCorrections.Replaces replaces) {
                        corrected.add(replaces);
                        correctionRows.add(new CorrectionRow(row.line(), CorrectionOutcome.REPLACED,
                                replaces.reason()));
                        dates(row.bookingDate());
                        continue;
                    }
                    if (settled instanceof BankCorrections.JudgedAsUsual judged) {
                        correctionRows.add(judged.outcome());
                    }
                }
                DuplicateVerdict verdict = judgement.verdict(new ImportCandidate(row.line(), account.id(),
                        row.bookingDate(), row.amount(), descriptor, row.externalId(), row.pending()));
                if (verdict instanceof DuplicateVerdict.Duplicate d) {
                    rowDuplicates.add(new DuplicateRow(row.line(), d.reason()));
                    continue;
                }
                if (verdict instanceof DuplicateVerdict.ReplacesPending r) {
                    Transaction pending = r.pending();
                    replaced.add(restated(pending, new BankFields(row.bookingDate(), row.valueDate(), row.amount(),
                            row.rawDescriptor(), descriptor, TransactionStatus.POSTED,
                            row.externalId().or(pending::externalId)), row.line(), warnings));
                } else {
                    found.add(new NewRow(row, account, descriptor));
                    addedRows++;
                }
                dates(row.bookingDate());
            }
            return found;
        }

        /** The duplicates of the rows judged so far, in file order, then those of the orders. */
        List<DuplicateRow> duplicates() {
            List<DuplicateRow> all = new ArrayList<>(rowDuplicates.size() + orderDuplicates.size());
            all.addAll(rowDuplicates);
            all.addAll(orderDuplicates);
            return all;
        }

        /** New transactions, pending ones posted and new purchases: what the batch adds (once every row is judged). */
        int addedCount() {
            return addedRows + replaced.size() + purchases.size();
        }

        /** What the batch adds at most: what it adds so far, and every row not yet judged. */
        int mostAdded() {
            return addedCount() + rows.size() - judged;
        }

        /**
         * How many new transactions the batch adds at least: every row judged new so far and, of the rows not yet
         * judged, all but as many as the stored transactions they are judged against (each matches one row at most).
         */
        long leastAdded() {
            return addedRows + Math.max(0, rows.size() - judged - storedRows);
        }

        int rows() {
            return addedCount() + rowDuplicates.size() + orderDuplicates.size() + corrected.size()
                    + quarantined.size();
        }

        /** The warnings, with the one about corrections of rows stored nowhere among the rows judged so far. */
        List<String> warnings() {
            if (corrections == null) {
                return warnings;
            }
            List<String> all = new ArrayList<>(warnings);
            all.addAll(corrections.notStoredWarning());
            return all;
        }

        Optional<Period> period() {
            return first == null ? Optional.empty() : Optional.of(new Period(first, last));
        }

        ImportReport report(String file, ImportFormat format, Optional<ImportBatchId> batch, boolean dryRun,
                            Optional<ImportBatchId> alreadyImported) {
            return new ImportReport(file, format.code(), batch, summaries, addedRows + purchases.size(),
                    replaced.size(), duplicates(), correctionRows, quarantined, warnings(), dryRun, alreadyImported);
        }
    }
}
