package org.myknees.application.account.port.in;

import java.util.List;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Reads accounts. */
public interface ListAccountsQuery {
    /** Ordered by code; archived accounts only when asked. */
    List<Account> listAccounts(UserId actor, HouseholdId household, boolean includeArchived);

    Account getAccount(UserId actor, HouseholdId household, AccountId id);

    Account getAccountByCode(UserId actor, HouseholdId household, AccountCode code);
}
