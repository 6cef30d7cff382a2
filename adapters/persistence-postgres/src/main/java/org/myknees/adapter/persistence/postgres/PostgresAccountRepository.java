package org.myknees.adapter.persistence.postgres;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.account.port.out.AccountCodeTakenException;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.household.HouseholdId;

/** Accounts in {@code accounts}; codes are unique per household through the lower-cased {@code code_key}. */
final class PostgresAccountRepository implements AccountRepository {

    private final HibernateUnitOfWork units;

    PostgresAccountRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<Account> find(HouseholdId household, AccountId id) {
        return units.withSession(session -> Optional.ofNullable(
                        session.find(AccountEntity.class, new ScopedId(household.value(), id.value())))
                .map(AccountEntity::toDomain));
    }

    @Override
    public Optional<Account> findByCode(HouseholdId household, AccountCode code) {
        return units.withSession(session -> session.createSelectionQuery(
                        "from Account where householdId = :household and codeKey = :code", AccountEntity.class)
                .setParameter("household", household.value())
                .setParameter("code", code.uniqueKey())
                .uniqueResultOptional()
                .map(AccountEntity::toDomain));
    }

    @Override
    public List<Account> list(HouseholdId household, boolean includeArchived) {
        String archived = includeArchived ? "" : " and archived = false";
        return units.withSession(session -> session.createSelectionQuery(
                        "from Account where householdId = :household" + archived + " order by codeKey, id",
                        AccountEntity.class)
                .setParameter("household", household.value())
                .getResultStream()
                .map(AccountEntity::toDomain)
                .toList());
    }

    @Override
    public Account save(Account account) {
        return units.withSession(session -> {
            boolean taken = session.createSelectionQuery(
                            "select 1 from Account where householdId = :household and codeKey = :code and id <> :id",
                            Integer.class)
                    .setParameter("household", account.householdId().value())
                    .setParameter("code", account.code().uniqueKey())
                    .setParameter("id", account.id().value())
                    .uniqueResultOptional()
                    .isPresent();
            if (taken) {
                throw new AccountCodeTakenException(account.code());
            }
            try {
                return account.withVersion(VersionedSave.save(session, AccountEntity.class,
                        new ScopedId(account.householdId().value(), account.id().value()), account, account.version(),
                        AccountEntity::of, "account", account.id()).version());
            } catch (RuntimeException e) {
                // Another unit of work took the code between the check above and this write.
                if (DatabaseFailures.violatedConstraint(e).filter("accounts_code_unique"::equals).isPresent()) {
                    throw new AccountCodeTakenException(account.code());
                }
                throw e;
            }
        });
    }
}
