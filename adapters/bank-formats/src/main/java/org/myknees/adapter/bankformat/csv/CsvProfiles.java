package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in CSV layouts, kept as data: each row names a bank's header and maps its columns to roles
 * ({@code role=Header|Other header}). A file whose header contains every column of a profile is read with
 * that profile; the most specific match wins.
 */
public final class CsvProfiles {

    private static final List<CsvProfile> BUILT_IN = List.of(
            profile("ally-bank", "Ally Bank", false, false,
                    "Signed amounts; the Type column (Withdrawal/Deposit) agrees with the sign.",
                    List.of("Date", "Time", "Amount", "Type", "Description"),
                    "date=Date", "amount=Amount", "type=Type", "description=Description"),
            profile("capital-one", "Capital One", false, false,
                    "Debit holds money out and Credit money in, both positive; the posted date is the booking date.",
                    List.of("Transaction Date", "Posted Date", "Card No.", "Description", "Category", "Debit", "Credit"),
                    "date=Posted Date", "description=Description", "debit=Debit", "credit=Credit"),
            profile("chase-checking", "Chase (checking)", false, false,
                    "Signed amounts and a running balance, newest row first.",
                    List.of("Details", "Posting Date", "Description", "Amount", "Type", "Balance", "Check or Slip #"),
                    "date=Posting Date", "description=Description", "amount=Amount", "balance=Balance"),
            profile("chase-card", "Chase (credit card)", false, false,
                    "Signed amounts: purchases negative, payments positive; the post date is the booking date.",
                    List.of("Transaction Date", "Post Date", "Description", "Category", "Type", "Amount", "Memo"),
                    "date=Post Date", "description=Description", "amount=Amount", "memo=Memo"),
            profile("mint", "Mint export", false, false,
                    "Amounts are positive; Transaction Type says debit (money out) or credit. One file holds many "
                            + "accounts: Account Name becomes each row's account.",
                    List.of("Date", "Description", "Original Description", "Amount", "Transaction Type", "Category",
                            "Account Name", "Labels", "Notes"),
                    "date=Date", "payee=Description", "description=Original Description", "amount=Amount",
                    "type=Transaction Type", "account=Account Name", "memo=Notes"),
            profile("mint-headerless", "Mint export (no header row)", true, false,
                    "The older Mint layout: the first seven Mint columns and no header row.",
                    List.of("Date", "Description", "Original Description", "Amount", "Transaction Type", "Category",
                            "Account Name"),
                    "date=Date", "payee=Description", "description=Original Description", "amount=Amount",
                    "type=Transaction Type", "account=Account Name"),
            profile("costco-receipts", "Costco receipts", false, true,
                    "One row per receipt line, amounts as printed (purchases positive, coupons and returns "
                            + "negative), so they are negated: purchases become money out.",
                    List.of("Date", "Warehouse", "Receipt", "Item Number", "Description", "Quantity", "Amount"),
                    "date=Date", "payee=Warehouse", "description=Description", "amount=Amount",
                    "memo=Receipt|Item Number"),
            profile("pc-financial-mastercard", "PC Financial Mastercard", false, true,
                    "Purchases are positive, so amounts are negated.",
                    List.of("Merchant Name", "Card Used For Transaction", "Date", "Time", "Amount"),
                    "date=Date", "payee=Merchant Name", "amount=Amount"),
            profile("amazon-order-history", "Amazon order history", false, true,
                    "One row per order with its total paid, so totals are negated; rows of pending orders carry "
                            + "no date and are quarantined.",
                    List.of("order id", "order url", "items", "to", "date", "total", "shipping", "shipping_refund",
                            "gift", "tax", "refund", "payments"),
                    "date=date", "description=items", "amount=total", "id=order id"));

    private CsvProfiles() {
    }

    /** Every built-in profile, in a stable order. */
    public static List<CsvProfile> all() {
        return BUILT_IN;
    }

    /** The profile with this code ({@code ally-bank}) or format code ({@code csv:ally-bank}). */
    public static Optional<CsvProfile> byCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        String bare = wanted.startsWith("csv:") ? wanted.substring(4) : wanted;
        return BUILT_IN.stream().filter(p -> p.code().equals(bare)).findFirst();
    }

    /**
     * The most specific profile whose every header is among the given (normalized) header cells, and which
     * names at least half of them: a file of many more columns (Monzo's eighteen hold Ally's five names) is
     * another bank's layout.
     */
    static Optional<CsvProfile> matchHeader(List<String> normalizedCells) {
        CsvProfile best = null;
        long named = normalizedCells.stream().filter(c -> !c.isEmpty()).count();
        for (CsvProfile profile : BUILT_IN) {
            if (profile.headerless() || profile.headers().size() * 2 < named) {
                continue;
            }
            boolean all = profile.headers().stream().map(HeaderVocabulary::normalize).allMatch(normalizedCells::contains);
            if (all && (best == null || profile.headers().size() > best.headers().size())) {
                best = profile;
            }
        }
        return Optional.ofNullable(best);
    }

    private static CsvProfile profile(String code, String name, boolean headerless, boolean negate, String note,
                                      List<String> headers, String... roles) {
        Map<ColumnRole, List<String>> columns = new EnumMap<>(ColumnRole.class);
        for (String entry : roles) {
            int eq = entry.indexOf('=');
            ColumnRole role = ColumnRole.byOptionKey(entry.substring(0, eq)).orElseThrow();
            columns.put(role, new ArrayList<>(List.of(entry.substring(eq + 1).split("\\|"))));
        }
        return new CsvProfile(code, name, headers, columns, headerless, negate, note);
    }
}
