package org.myknees.application.importing.port.in;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * Import one file.
 *
 * @param format         force a format; empty = the account's default format, else detect from content
 * @param account        put every row into this account; empty = match accounts by what the file names
 * @param createAccounts open accounts the file names that the household does not have yet
 * @param dryRun         report exactly what would happen and write nothing
 * @param strict         reject the whole file if any row cannot be read, instead of quarantining it
 * @param options        format options, such as a CSV column mapping
 */
public record ImportStatementCommand(UserId actor, HouseholdId household, String fileName, byte[] content,
                                     Optional<ImportFormat> format, Optional<AccountCode> account,
                                     boolean createAccounts, boolean dryRun, boolean strict,
                                     Map<String, String> options) {

    public ImportStatementCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(account, "account");
        options = Map.copyOf(options);
    }
}
