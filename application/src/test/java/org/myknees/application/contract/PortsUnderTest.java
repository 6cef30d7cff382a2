package org.myknees.application.contract;

import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.application.report.port.out.SpendingReports;
import org.myknees.application.transaction.port.out.TransactionRepository;

/**
 * One store's implementation of every outgoing persistence port, sharing one unit of work. A store may be
 * reused across tests: the suites always work in households of their own and never assume an empty store.
 */
public record PortsUnderTest(UnitOfWork unitOfWork, EventOutbox outbox, HouseholdRepository households,
                             AccountRepository accounts, TransactionRepository transactions,
                             CategoryRepository categories, OneTimeEventRepository oneTimeEvents,
                             SpendingReports reports, ImportBatchRepository importBatches,
                             PurchaseRepository purchases) {
}
