package org.myknees.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

class AccountTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static Account open() {
        return Account.open(AccountId.newId(), HouseholdId.newId(), new AccountCode("Ally_Bank"), "Ally checking",
                AccountType.CHECKING, Money.parse("1500.00", "USD"), LocalDate.parse("2026-01-01"),
                Optional.of(ImportFormat.OFX), AT).value();
    }

    @Test
    void codes_follow_the_human_code_rules() {
        assertThat(new AccountCode("Capital_One").uniqueKey()).isEqualTo("capital_one");
        assertThatThrownBy(() -> new AccountCode("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountCode("_leading")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountCode("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_archived_account_takes_no_new_transactions_and_cannot_be_archived_twice() {
        Account archived = open().archive(AT).value();

        assertThat(archived.archived()).isTrue();
        assertThatThrownBy(archived::requireOpen).isInstanceOf(AccountArchivedException.class)
                .hasMessageContaining("Ally_Bank");
        assertThatThrownBy(() -> archived.archive(AT)).isInstanceOf(AccountArchivedException.class);
    }

    @Test
    void import_format_codes_are_normalized_and_validated() {
        assertThat(new ImportFormat(" CSV:Ally-Bank ").code()).isEqualTo("csv:ally-bank");
        assertThat(new ImportFormat("csv:ally-bank").family()).isEqualTo("csv");
        assertThat(ImportFormat.CAMT_053.family()).isEqualTo("camt.053");
        assertThatThrownBy(() -> new ImportFormat("bad format")).isInstanceOf(IllegalArgumentException.class);
    }
}
