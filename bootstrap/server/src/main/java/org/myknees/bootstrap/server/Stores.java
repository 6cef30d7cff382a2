package org.myknees.bootstrap.server;

import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.application.report.port.out.SpendingReports;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.UserRepository;

/**
 * Every outgoing persistence port of one store, so that the store is chosen in one place
 * ({@link StoreProducer}) and the services never know which it is.
 *
 * @param corrections the categories people pinned, as corrections categorization learns from
 * @param importBatches the import batches and the transactions each added
 * @param rules       the households' categorization rules
 * @param purchases   the retailers' orders imported as purchases
 * @param reachable answers whether the store can serve requests now (for the readiness check)
 * @param name      what the store is, for health reports and logs
 */
public record Stores(String name, HouseholdRepository households, AccountRepository accounts,
                     TransactionRepository transactions, CategoryRepository categories,
                     OneTimeEventRepository oneTimeEvents, SpendingReports reports, UnitOfWork unitOfWork,
                     EventOutbox outbox, UserRepository users, RefreshTokenStore refreshTokens,
                     CorrectionRepository corrections, ImportBatchRepository importBatches, RuleRepository rules,
                     PurchaseRepository purchases,
                     BooleanSupplier reachable) {

    public Stores {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(oneTimeEvents, "oneTimeEvents");
        Objects.requireNonNull(corrections, "corrections");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(importBatches, "importBatches");
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(reachable, "reachable");
    }
}
