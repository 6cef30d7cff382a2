package org.myknees.application.account.port.in;

import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.domain.account.Account;

/** Opens an account; its code must be new to the household. */
public interface OpenAccountUseCase {
    Account openAccount(OpenAccountCommand command);
}
