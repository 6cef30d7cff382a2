package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

/** A row of {@code accounts}. */
@Entity(name = "Account")
@Table(name = "accounts")
@IdClass(ScopedId.class)
class AccountEntity implements StoredAggregate<Account> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "account_id")
    private UUID id;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "code_key", nullable = false, length = 64)
    private String codeKey;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "type", nullable = false, length = 16)
    private String type;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "default_import_format", length = 64)
    private String defaultImportFormat;

    @Column(name = "opening_balance", nullable = false)
    private long openingBalance;

    @Column(name = "opening_date", nullable = false)
    private LocalDate openingDate;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccountEntity() {
    }

    static AccountEntity of(Account account) {
        AccountEntity entity = new AccountEntity();
        entity.householdId = account.householdId().value();
        entity.id = account.id().value();
        entity.copyFrom(account);
        entity.version = account.version() + 1;
        return entity;
    }

    @Override
    public void copyFrom(Account account) {
        code = account.code().value();
        codeKey = account.code().uniqueKey();
        name = account.name();
        type = account.type().name();
        currency = account.currency().getCurrencyCode();
        defaultImportFormat = account.defaultImportFormat().map(ImportFormat::code).orElse(null);
        openingBalance = account.openingBalance().minorUnits();
        openingDate = account.openingDate();
        archived = account.archived();
    }

    @Override
    public Account toDomain() {
        Currency money = Currency.getInstance(currency);
        return new Account(new AccountId(id), new HouseholdId(householdId), new AccountCode(code), name,
                AccountType.valueOf(type), money, Optional.ofNullable(defaultImportFormat).map(ImportFormat::new),
                Money.ofMinor(openingBalance, money), openingDate, archived, version);
    }

    @Override
    public long version() {
        return version;
    }
}
