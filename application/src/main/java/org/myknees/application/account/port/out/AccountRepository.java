package org.myknees.application.account.port.out;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.household.HouseholdId;

/** Stores the accounts of households. Every read is scoped to one household. */
public interface AccountRepository {

    /** The account, or empty when the household has no account with this id. */
    Optional<Account> find(HouseholdId household, AccountId id);

    /** The account with this code (compared without regard to case), or empty. */
    Optional<Account> findByCode(HouseholdId household, AccountCode code);

    /** The household's accounts ordered by code (without regard to case); archived ones only when asked. */
    List<Account> list(HouseholdId household, boolean includeArchived);

    /**
     * Inserts a new account (version 0) or replaces the stored one if its version still matches; returns it
     * with the next version.
     *
     * @throws AccountCodeTakenException when another account of the household has the same code
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    Account save(Account account);
}
