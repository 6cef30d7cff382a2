package org.myknees.application.account.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;

/** The commands of the account use cases; each validates itself on construction. */
public final class AccountCommands {

    private AccountCommands() {
    }

    public record OpenAccountCommand(UserId actor, HouseholdId household, AccountCode code, String name,
                                     AccountType type, Money openingBalance, LocalDate openingDate,
                                     Optional<ImportFormat> defaultImportFormat) {
        public OpenAccountCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(openingBalance, "openingBalance");
            Objects.requireNonNull(openingDate, "openingDate");
            Objects.requireNonNull(defaultImportFormat, "defaultImportFormat");
        }
    }

    public record RenameAccountCommand(UserId actor, HouseholdId household, AccountId account, String name) {
        public RenameAccountCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(name, "name");
        }
    }

    public record ArchiveAccountCommand(UserId actor, HouseholdId household, AccountId account) {
        public ArchiveAccountCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(account, "account");
        }
    }
}
