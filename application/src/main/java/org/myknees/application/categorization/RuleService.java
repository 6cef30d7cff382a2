package org.myknees.application.categorization;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.myknees.application.categorization.port.in.ApplyRulesUseCase;
import org.myknees.application.categorization.port.in.CategorizeTransactionUseCase;
import org.myknees.application.categorization.port.in.InvalidRuleDraftException;
import org.myknees.application.categorization.port.in.ManageRulesUseCase;
import org.myknees.application.categorization.port.in.RuleCommands.CreateRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.DeleteRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ImportRulesCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ReplaceRuleCommand;
import org.myknees.application.categorization.port.in.ManageRulesUseCase.RuleDraft;
import org.myknees.application.categorization.port.in.RulePreviewResult;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
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
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.Change;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.rule.CategorizedSubject;
import org.myknees.domain.rule.Decision;
import org.myknees.domain.rule.HistoryChange;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.Recategorization;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleSet;
import org.myknees.domain.rule.RuleStage;
import org.myknees.domain.rule.RuleSubject;
import org.myknees.domain.transaction.CategorizationOutcome;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * Implements the rule use cases and the categorization of one transaction. A household still ruled by a rules
 * file (the form older versions stored) has the file turned into stored rules the first time its rules are read
 * or changed here, so that the file and the stored rules never both apply.
 */
public final class RuleService implements ManageRulesUseCase, ApplyRulesUseCase, CategorizeTransactionUseCase {

    private final RuleRepository rules;
    private final TransactionRepository transactions;
    private final OneTimeEventRepository events;
    private final CategoryCatalog catalog;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Categorizer categorizer;

    public RuleService(RuleRepository rules, TransactionRepository transactions, OneTimeEventRepository events,
                       CategoryCatalog catalog, HouseholdRepository households, UnitOfWork unitOfWork,
                       EventOutbox outbox, Clock clock, Categorizer categorizer) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.access = new HouseholdAccess(households);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.categorizer = Objects.requireNonNull(categorizer, "categorizer");
    }

    @Override
    public List<StoredRule> listRules(UserId actor, HouseholdId household) {
        return unitOfWork.execute(() -> {
            access.requireReader(actor, household);
            return current(household);
        });
    }

    @Override
    public StoredRule getRule(UserId actor, HouseholdId household, RuleId rule) {
        return unitOfWork.execute(() -> {
            access.requireReader(actor, household);
            current(household);
            return require(household, rule);
        });
    }

    @Override
    public StoredRule createRule(CreateRuleCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            Rule rule = build(c.household(), RuleId.newId(), c.draft(), current(c.household()));
            makeRoom(c.household(), rule);
            return rules.save(c.household(), rule, 0);
        });
    }

    @Override
    public StoredRule replaceRule(ReplaceRuleCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            List<StoredRule> current = current(c.household());
            StoredRule stored = requireVersion(c.household(), c.rule(), c.expectedVersion());
            List<StoredRule> others = current.stream().filter(s -> !s.rule().id().equals(c.rule())).toList();
            Rule rule = build(c.household(), c.rule(), c.draft(), others);
            makeRoom(c.household(), rule);
            return rules.save(c.household(), rule, stored.version());
        });
    }

    @Override
    public void deleteRule(DeleteRuleCommand c) {
        unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            current(c.household());
            requireVersion(c.household(), c.rule(), c.expectedVersion());
            return rules.delete(c.household(), c.rule());
        });
    }

    @Override
    public List<StoredRule> importRules(ImportRulesCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            List<Rule> imported = categorizer.fileRules(c.household(), c.csv());
            RuleSet.of(imported);
            rules.saveRulesFile(c.household(), "");
            return rules.replaceAll(c.household(), imported);
        });
    }

    @Override
    public RulePreviewResult previewRules(UserId actor, HouseholdId household, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A preview lists 0 or more changes, not " + limit);
        }
        access.requireReader(actor, household);
        RuleSet ruleSet = unitOfWork.execute(() -> {
            current(household);
            return categorizer.ruleSet(household);
        });
        List<RulePreviewResult.Change> listed = new ArrayList<>();
        long examined = 0;
        long total = 0;
        Optional<String> cursor = Optional.empty();
        do {
            Page<Transaction> page = transactions.search(household, TransactionFilter.all(),
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            for (Transaction tx : page.items()) {
                examined++;
                Optional<HistoryChange<Transaction>> change = Recategorization.changes(ruleSet, subject(tx));
                if (change.isPresent()) {
                    for (HistoryChange.FieldChange field : change.get().fields()) {
                        total++;
                        if (listed.size() < limit) {
                            listed.add(previewed(tx, field));
                        }
                    }
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return new RulePreviewResult(examined, total, listed);
    }

    @Override
    public AppliedRules applyRules(UserId actor, HouseholdId household) {
        access.requireWriter(actor, household);
        RuleSet ruleSet = unitOfWork.execute(() -> {
            current(household);
            return categorizer.ruleSet(household);
        });
        long examined = 0;
        long changed = 0;
        long pinned = 0;
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(cursor, PageRequest.MAX_LIMIT);
            Page<Transaction> page = transactions.search(household, TransactionFilter.all(), request);
            changed += unitOfWork.execute(() -> {
                long applied = 0;
                for (Transaction tx : page.items()) {
                    Optional<HistoryChange<Transaction>> change = Recategorization.changes(ruleSet, subject(tx));
                    if (change.isPresent()) {
                        store(change.get());
                        applied++;
                    }
                }
                return applied;
            });
            examined += page.items().size();
            pinned += page.items().stream().filter(tx -> tx.category().isPinned()).count();
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return new AppliedRules(examined, changed, pinned);
    }

    @Override
    public CategorizedTransaction categorize(UserId actor, HouseholdId household, TransactionId id) {
        access.requireWriter(actor, household);
        Transaction tx = transactions.find(household, id).orElseThrow(() -> new NotFoundException("transaction", id));
        Resolution resolution = categorizer.categorize(household, List.of(new Categorizer.Item(tx.rawDescriptor(),
                tx.normalizedDescriptor(), tx.amount(), tx.accountId(), tx.bookingDate(), tx.category())),
                Categorizer.Depth.FULL).get(0);
        if (!resolution.assignment().source().isAutomatic()) {
            return new CategorizedTransaction(tx, resolution);
        }
        return unitOfWork.execute(() -> {
            Transaction latest = transactions.find(household, id)
                    .orElseThrow(() -> new NotFoundException("transaction", id));
            if (latest.version() != tx.version()) {
                throw new VersionConflictException("transaction", id, tx.version());
            }
            CategorizationOutcome outcome = latest.categorizeAutomatically(resolution.assignment(), clock.instant());
            Transaction result = outcome instanceof CategorizationOutcome.Categorized c ? save(c) : latest;
            return new CategorizedTransaction(result, resolution);
        });
    }

    /** The household's stored rules, after turning a rules file it still has into stored rules. */
    private List<StoredRule> current(HouseholdId household) {
        List<StoredRule> stored = rules.list(household);
        if (!stored.isEmpty()) {
            return stored;
        }
        Optional<String> file = rules.rulesFile(household);
        if (file.isEmpty()) {
            return stored;
        }
        List<StoredRule> adopted = rules.replaceAll(household, categorizer.fileRules(household, file.get()));
        rules.saveRulesFile(household, "");
        return adopted;
    }

    private StoredRule require(HouseholdId household, RuleId rule) {
        return rules.find(household, rule).orElseThrow(() -> new NotFoundException("rule", rule));
    }

    private StoredRule requireVersion(HouseholdId household, RuleId rule, OptionalLong expected) {
        StoredRule stored = require(household, rule);
        if (expected.isPresent() && expected.getAsLong() != stored.version()) {
            throw new VersionConflictException("rule", rule, expected.getAsLong());
        }
        return stored;
    }

    /** The draft as a rule of the household, its references checked and its position settled among {@code others}. */
    private Rule build(HouseholdId household, RuleId id, RuleDraft draft, List<StoredRule> others) {
        for (int i = 0; i < draft.actions().size(); i++) {
            RuleAction action = draft.actions().get(i);
            String path = "actions[" + i + "].value";
            try {
                if (action instanceof RuleAction.SetCategory set) {
                    catalog.requireUsable(household, set.category());
                } else if (action instanceof RuleAction.SetOneTimeEvent event) {
                    events.find(household, event.event())
                            .orElseThrow(() -> new NotFoundException("one-time event", event.event()));
                }
            } catch (NotFoundException e) {
                throw new InvalidRuleDraftException(path, "names something the household does not have: "
                        + e.getMessage());
            }
        }
        int position = draft.position().orElseGet(() -> others.stream()
                .filter(s -> s.rule().stage() == draft.stage())
                .mapToInt(s -> s.rule().position() + 1).max().orElse(0));
        if (position < 0) {
            throw new InvalidRuleDraftException("position", "must be 0 or more, was " + position);
        }
        return assemble(id, draft.name().strip(), draft.stage(), position, draft.condition(), draft.actions(),
                draft.stopsProcessing(), draft.appliesAllMatches());
    }

    /** Moves the rules at and after the new rule's position in its stage down by one when that position is taken. */
    private void makeRoom(HouseholdId household, Rule rule) {
        List<StoredRule> stage = rules.list(household).stream()
                .filter(s -> s.rule().stage() == rule.stage() && !s.rule().id().equals(rule.id()))
                .toList();
        if (stage.stream().noneMatch(s -> s.rule().position() == rule.position())) {
            return;
        }
        // From the last rule backwards, so no two rules ever share a position.
        for (int i = stage.size() - 1; i >= 0; i--) {
            StoredRule s = stage.get(i);
            if (s.rule().position() >= rule.position()) {
                rules.save(household, moved(s.rule(), s.rule().position() + 1), s.version());
            }
        }
    }

    private static Rule moved(Rule rule, int position) {
        return assemble(rule.id(), rule.name(), rule.stage(), position, rule.condition(), rule.actions(),
                rule.stopsProcessing(), rule.appliesAllMatches());
    }

    private static Rule assemble(RuleId id, String name, RuleStage stage, int position, Condition condition,
                                 List<RuleAction> actions, boolean stopsProcessing, boolean appliesAllMatches) {
        Rule.Builder builder = Rule.builder(id, name).stage(stage).position(position).when(condition)
                .then(actions.toArray(RuleAction[]::new));
        if (stopsProcessing) {
            builder.stopProcessing();
        }
        if (appliesAllMatches) {
            builder.applyAllMatches();
        }
        return builder.build();
    }

    private static CategorizedSubject<Transaction> subject(Transaction tx) {
        return new CategorizedSubject<>(tx, new RuleSubject(tx.rawDescriptor(), tx.normalizedDescriptor(),
                tx.merchant(), tx.amount(), tx.accountId(), tx.bookingDate()), tx.category().category(),
                tx.category().isPinned(), tx.notes(), tx.tags(), tx.oneTimeEvent());
    }

    private static RulePreviewResult.Change previewed(Transaction tx, HistoryChange.FieldChange field) {
        return new RulePreviewResult.Change(tx.id(), tx.bookingDate(), tx.rawDescriptor(), tx.amount(), field.field(),
                field.before(), field.after(), field.rule().id(), field.rule().name());
    }

    /** Makes every field change of one transaction and saves it once, with the events of each change. */
    private void store(HistoryChange<Transaction> change) {
        Instant at = clock.instant();
        Transaction tx = change.id();
        List<DomainEvent> events = new ArrayList<>();
        if (change.category().isPresent()) {
            Decision<CategoryKey> category = change.category().get();
            CategoryAssignment assignment = CategoryAssignment.automatic(category.value(), AssignmentSource.RULE, 1,
                    "rule:" + category.rule().id());
            if (tx.categorizeAutomatically(assignment, at) instanceof CategorizationOutcome.Categorized c) {
                tx = collect(c.change(), events);
            }
        }
        if (change.merchant().isPresent()) {
            tx = collect(tx.nameMerchant(change.merchant().get().value(), at), events);
        }
        if (!change.addedTags().isEmpty() || change.notes().isPresent()) {
            Set<String> tags = new LinkedHashSet<>(tx.tags());
            change.addedTags().forEach(tag -> tags.add(tag.value()));
            String notes = change.notes().map(Decision::value).orElse(tx.notes());
            tx = collect(tx.annotate(notes, tags, at), events);
        }
        if (change.oneTimeEvent().isPresent()) {
            tx = collect(tx.assignToEvent(Optional.of(change.oneTimeEvent().get().value()), at), events);
        }
        transactions.save(tx);
        outbox.append(events);
    }

    private static Transaction collect(Change<Transaction> change, List<DomainEvent> events) {
        events.addAll(change.events());
        return change.value();
    }

    private Transaction save(CategorizationOutcome.Categorized categorized) {
        Transaction saved = transactions.save(categorized.change().value());
        outbox.append(categorized.change().events());
        return saved;
    }
}
