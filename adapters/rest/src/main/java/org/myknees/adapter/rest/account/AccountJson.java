package org.myknees.adapter.rest.account;

import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.ImportFormat;

/** The request and response records of the account resources. */
public final class AccountJson {

    private AccountJson() {
    }

    @Schema(name = "OpenAccountRequest")
    public record OpenAccountRequest(
            @Schema(required = true, example = "CHK-1", description = "Short code, unique in the household") String code,
            @Schema(required = true, example = "Everyday checking") String name,
            @Schema(required = true, enumeration = {"checking", "savings", "credit_card", "cash", "loan",
                    "investment"}) String type,
            @Schema(required = true) MoneyJson openingBalance,
            @Schema(required = true, example = "2025-01-01") LocalDate openingDate,
            @Schema(example = "ofx", description = "Import format used when none is given") String defaultImportFormat) {
    }

    @Schema(name = "RenameAccountRequest")
    public record RenameAccountRequest(@Schema(required = true, example = "Joint checking") String name) {
    }

    @Schema(name = "AccountResponse")
    public record AccountResponse(@Schema(required = true, format = "uuid") String id,
                           @Schema(required = true) String code,
                           @Schema(required = true) String name,
                           @Schema(required = true) String type,
                           @Schema(required = true, example = "USD") String currency,
                           @Schema(required = true) MoneyJson openingBalance,
                           @Schema(required = true) LocalDate openingDate,
                           String defaultImportFormat,
                           @Schema(required = true) boolean archived,
                           @Schema(required = true) long version) {

        static AccountResponse of(Account a) {
            return new AccountResponse(a.id().toString(), a.code().value(), a.name(),
                    a.type().name().toLowerCase(Locale.ROOT), a.currency().getCurrencyCode(),
                    MoneyJson.of(a.openingBalance()), a.openingDate(),
                    a.defaultImportFormat().map(ImportFormat::code).orElse(null), a.archived(), a.version());
        }
    }
}
