package org.myknees.adapter.bankformat.csv;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a fee column beside a signed amount, with no net column, is read: whether the amount already holds the fee
 * (Wise's {@code Amount} beside {@code Total fees}) or the fee is money out of its own (Revolut's {@code Fee} beside
 * {@code Amount}). Decided once per file, before its rows are read on several threads.
 */
enum FeeReading {
    /** The amount is what the balance moved by; the fee is shown in the descriptor only. */
    INCLUDED,
    /** The fee left the balance as well: it is taken off the amount, and both are shown in the descriptor. */
    SEPARATE;

    /**
     * The header of a statement whose fee is documented as charged beside the amount (Revolut's personal statement:
     * the balance moves by {@code Amount} less {@code Fee}); it decides where the balance column cannot.
     */
    private static final List<String> CHARGED_BESIDE_AMOUNT = List.of("started date", "completed date", "fee");

    static Optional<FeeReading> byOption(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "included" -> Optional.of(INCLUDED);
            case "separate" -> Optional.of(SEPARATE);
            default -> Optional.empty();
        };
    }

    /**
     * Whether the layout has a fee column beside an amount not named as a net ({@code Net}, {@code Total}): a
     * processor's net already holds its fee (F71), a plain amount may or may not.
     */
    static boolean applies(CsvLayout layout) {
        return layout.has(ColumnRole.FEE) && layout.has(ColumnRole.AMOUNT) && HeaderVocabulary.netRank(
                HeaderVocabulary.normalize(layout.header().get(layout.column(ColumnRole.AMOUNT)))).isEmpty();
    }

    /**
     * The reading of the file's fees, with the reason in {@code warnings} where a fee is not zero: the file's balance
     * column decides where, over the whole file, only one reading turns one balance into the next on rows with a
     * fee (in either file order, per currency); else a layout documented as charging the fee beside the amount
     * (Revolut's) is read as separate; else the amount is read as written, as Wise's {@code Total fees}, a broker's
     * settlement amount beside {@code Fees & Comm} and a converter's {@code amount} beside {@code fee} are meant,
     * with a warning naming the first fee and the option that reads it the other way: the fee is shown in the
     * descriptor either way, so nothing is lost, and no amount the file's own balance proves is changed.
     */
    static FeeReading decide(List<CsvRecord> rows, CsvLayout layout, char decimal, List<String> warnings) {
        int amountColumn = layout.column(ColumnRole.AMOUNT);
        int feeColumn = layout.column(ColumnRole.FEE);
        String amountName = layout.header().get(amountColumn).strip();
        String feeName = layout.header().get(feeColumn).strip();
        int firstFeeLine = 0;
        String firstFee = "";
        int included = 0;
        int separate = 0;
        Map<String, BigDecimal[]> previous = new HashMap<>();
        for (CsvRecord row : rows) {
            Optional<BigDecimal> fee = value(row, feeColumn, decimal);
            Optional<BigDecimal> amount = value(row, amountColumn, decimal);
            if (fee.isEmpty() || amount.isEmpty()) {
                continue;
            }
            if (fee.get().signum() != 0 && firstFeeLine == 0) {
                firstFeeLine = row.line();
                firstFee = row.field(feeColumn).strip();
            }
            Optional<BigDecimal> balance = layout.has(ColumnRole.BALANCE)
                    ? value(row, layout.column(ColumnRole.BALANCE), decimal) : Optional.empty();
            if (balance.isEmpty()) {
                continue;
            }
            BigDecimal signed = layout.negate() ? amount.get().negate() : amount.get();
            BigDecimal[] now = {signed, fee.get().abs(), balance.get()};
            String currency = layout.has(ColumnRole.CURRENCY) ? row.field(layout.column(ColumnRole.CURRENCY)).strip()
                    : "";
            BigDecimal[] before = previous.put(currency, now);
            if (before == null) {
                continue;
            }
            BigDecimal moved = now[2].subtract(before[2]);
            // oldest first, the later row moved the balance; newest first, the earlier row did
            for (BigDecimal[] mover : List.of(now, before)) {
                BigDecimal step = mover == now ? moved : moved.negate();
                if (mover[1].signum() != 0) {
                    included += step.compareTo(mover[0]) == 0 ? 1 : 0;
                    separate += step.compareTo(mover[0].subtract(mover[1])) == 0 ? 1 : 0;
                }
            }
        }
        if (firstFeeLine == 0) {
            return INCLUDED;
        }
        String balanceName = layout.has(ColumnRole.BALANCE)
                ? "'" + layout.header().get(layout.column(ColumnRole.BALANCE)).strip() + "'" : "";
        if (separate > 0 && included == 0) {
            warnings.add("The fees in column '" + feeName + "' were taken off the amounts in column '" + amountName
                    + "': the balance column " + balanceName + " moves by the amount less the fee, so the fee left "
                    + "the account as well; each row's amount and fee are written after its descriptor");
            return SEPARATE;
        }
        if (included > 0 && separate == 0) {
            warnings.add("The amounts in column '" + amountName + "' already hold the fees in column '" + feeName
                    + "': the balance column " + balanceName + " moves by the amount alone; each fee is written "
                    + "after its row's descriptor");
            return INCLUDED;
        }
        List<String> header = LayoutFinder.normalized(layout.header());
        if (header.containsAll(CHARGED_BESIDE_AMOUNT)) {
            warnings.add("The fees in column '" + feeName + "' were taken off the amounts in column '" + amountName
                    + "', as the layout of Started Date, Completed Date and Fee (Revolut's statement) charges them "
                    + "beside the amount (set the option fees=included if that is wrong); each row's amount and fee "
                    + "are written after its descriptor");
            return SEPARATE;
        }
        String balanceSays = balanceName.isEmpty() ? "the file has no balance column to show"
                : "the balance column " + balanceName + " does not show";
        warnings.add("The amounts in column '" + amountName + "' were read as written, holding the fees in column '"
                + feeName + "' (from line " + firstFeeLine + ", '" + firstFee + "'), as a total of fees (Wise's), a "
                + "broker's settlement amount and a converter's amount are written; " + balanceSays + " whether the "
                + "fee left the account as well: set the option fees=separate if it did (it is then taken off the "
                + "amount), or fees=included to say it did not. Each fee is written after its row's descriptor");
        return INCLUDED;
    }

    private static Optional<BigDecimal> value(CsvRecord row, int column, char decimal) {
        if (column >= row.size() || row.isBlank(column)) {
            return Optional.empty();
        }
        try {
            return AmountText.read(row.field(column), decimal).map(AmountText.Amount::value);
        } catch (AmountText.NotAnAmount e) {
            return Optional.empty();
        }
    }
}
