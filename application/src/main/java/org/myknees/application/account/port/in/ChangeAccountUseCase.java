package org.myknees.application.account.port.in;

import org.myknees.application.account.port.in.AccountCommands.ArchiveAccountCommand;
import org.myknees.application.account.port.in.AccountCommands.RenameAccountCommand;
import org.myknees.domain.account.Account;

/** Renames or archives an account. */
public interface ChangeAccountUseCase {
    Account renameAccount(RenameAccountCommand command);

    Account archiveAccount(ArchiveAccountCommand command);
}
