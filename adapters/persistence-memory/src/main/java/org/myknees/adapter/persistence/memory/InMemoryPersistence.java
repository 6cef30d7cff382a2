package org.myknees.adapter.persistence.memory;

/**
 * A complete in-memory store: every outgoing persistence port over one lock and undo journal, so a unit of
 * work spans all of them. Data lives as long as this object.
 */
public final class InMemoryPersistence {

    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryEventOutbox outbox;
    private final InMemoryHouseholdRepository households;
    private final InMemoryAccountRepository accounts;
    private final InMemoryTransactionRepository transactions;
    private final InMemoryCategoryRepository categories;
    private final InMemoryOneTimeEventRepository oneTimeEvents;
    private final InMemorySpendingReports reports;
    private final InMemoryImportBatchRepository importBatches;
    private final InMemoryRuleRepository rules;
    private final InMemoryCorrectionRepository corrections;
    private final InMemoryPurchaseRepository purchases;

    public InMemoryPersistence() {
        MemoryDatabase database = new MemoryDatabase();
        unitOfWork = new InMemoryUnitOfWork(database);
        outbox = new InMemoryEventOutbox(database);
        households = new InMemoryHouseholdRepository(database);
        accounts = new InMemoryAccountRepository(database);
        transactions = new InMemoryTransactionRepository(database);
        categories = new InMemoryCategoryRepository(database);
        oneTimeEvents = new InMemoryOneTimeEventRepository(database);
        reports = new InMemorySpendingReports(transactions);
        importBatches = new InMemoryImportBatchRepository(database, transactions);
        rules = new InMemoryRuleRepository(database);
        corrections = new InMemoryCorrectionRepository(database);
        purchases = new InMemoryPurchaseRepository(database);
    }

    public InMemoryUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public InMemoryEventOutbox outbox() {
        return outbox;
    }

    public InMemoryHouseholdRepository households() {
        return households;
    }

    public InMemoryAccountRepository accounts() {
        return accounts;
    }

    public InMemoryTransactionRepository transactions() {
        return transactions;
    }

    public InMemoryCategoryRepository categories() {
        return categories;
    }

    public InMemoryOneTimeEventRepository oneTimeEvents() {
        return oneTimeEvents;
    }

    public InMemorySpendingReports reports() {
        return reports;
    }

    public InMemoryImportBatchRepository importBatches() {
        return importBatches;
    }

    public InMemoryRuleRepository rules() {
        return rules;
    }

    public InMemoryCorrectionRepository corrections() {
        return corrections;
    }

    public InMemoryPurchaseRepository purchases() {
        return purchases;
    }
}
