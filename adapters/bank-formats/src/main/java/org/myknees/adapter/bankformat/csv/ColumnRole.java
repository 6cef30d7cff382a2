package org.myknees.adapter.bankformat.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CSV column means for a transaction. Each role has the option key a user names it with in a column
 * mapping ({@code date=Posted Date}).
 */
public enum ColumnRole {
    DATE("date", false),
    /** The day of the purchase, which stands in for the booking date on a row that has none yet (pending). */
    TRANSACTION_DATE("transactionDate", false),
    VALUE_DATE("valueDate", false),
    DESCRIPTION("description", true),
    PAYEE("payee", false),
    MEMO("memo", true),
    AMOUNT("amount", false),
    DEBIT("debit", false),
    CREDIT("credit", false),
    TYPE("type", false),
    /** The kind of movement in words (Card payment, Direct debit); the descriptor of a row that has no other. */
    KIND("kind", false),
    CURRENCY("currency", false),
    ACCOUNT("account", false),
    BALANCE("balance", false),
    ID("id", false),
    STATUS("status", false),
    /**
     * A payment processor's or marketplace's amount before its fee ({@code Gross}, Stripe's {@code Amount}) where a
     * net column is the money moved: shown in the descriptor beside the fee, never booked.
     */
    GROSS("gross", false),
    /** The fee a processor took off a row ({@code Fee}, {@code Gebühr}), shown in the descriptor when not zero. */
    FEE("fee", false);

    private final String optionKey;
    private final boolean manyColumns;

    ColumnRole(String optionKey, boolean manyColumns) {
        this.optionKey = optionKey;
        this.manyColumns = manyColumns;
    }

    /** The key of this role in {@code ParseContext.options()}. */
    public String optionKey() {
        return optionKey;
    }

    /** Whether several columns may share the role (their texts are joined in column order). */
    public boolean manyColumns() {
        return manyColumns;
    }

    static Optional<ColumnRole> byOptionKey(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.optionKey.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
