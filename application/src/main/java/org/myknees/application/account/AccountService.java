package org.myknees.application.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.myknees.application.account.port.in.AccountCommands.ArchiveAccountCommand;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.application.account.port.in.AccountCommands.RenameAccountCommand;
import org.myknees.application.account.port.in.ChangeAccountUseCase;
import org.myknees.application.account.port.in.ListAccountsQuery;
import org.myknees.application.account.port.in.OpenAccountUseCase;
import org.myknees.application.account.port.out.AccountCodeTakenException;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.domain.Change;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Implements the account use cases. */
public final class AccountService implements OpenAccountUseCase, ChangeAccountUseCase, ListAccountsQuery {

    private final AccountRepository accounts;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;

    public AccountService(AccountRepository accounts, HouseholdRepository households, UnitOfWork unitOfWork,
                          EventOutbox outbox, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.access = new HouseholdAccess(households);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Account openAccount(OpenAccountCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            if (accounts.findByCode(c.household(), c.code()).isPresent()) {
                throw new AccountCodeTakenException(c.code());
            }
            return store(Account.open(AccountId.newId(), c.household(), c.code(), c.name(), c.type(),
                    c.openingBalance(), c.openingDate(), c.defaultImportFormat(), clock.instant()));
        });
    }

    @Override
    public Account renameAccount(RenameAccountCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            return store(require(c.household(), c.account()).rename(c.name(), clock.instant()));
        });
    }

    @Override
    public Account archiveAccount(ArchiveAccountCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            return store(require(c.household(), c.account()).archive(clock.instant()));
        });
    }

    @Override
    public List<Account> listAccounts(UserId actor, HouseholdId household, boolean includeArchived) {
        access.requireReader(actor, household);
        return accounts.list(household, includeArchived);
    }

    @Override
    public Account getAccount(UserId actor, HouseholdId household, AccountId id) {
        access.requireReader(actor, household);
        return require(household, id);
    }

    @Override
    public Account getAccountByCode(UserId actor, HouseholdId household, AccountCode code) {
        access.requireReader(actor, household);
        return accounts.findByCode(household, code).orElseThrow(() -> new NotFoundException("account", code));
    }

    private Account require(HouseholdId household, AccountId id) {
        return accounts.find(household, id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private Account store(Change<Account> change) {
        Account saved = accounts.save(change.value());
        outbox.append(change.events());
        return saved;
    }
}
