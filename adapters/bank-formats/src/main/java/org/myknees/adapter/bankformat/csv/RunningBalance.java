package org.myknees.adapter.bankformat.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells the amount column from balance columns in a file without header by arithmetic: the amount is the
 * column that, on every row, turns one balance into the next (a running balance, in either file order) or
 * the balance before the row into the balance after it (ABN AMRO's layout), or moves a balance-before column
 * from row to row (ASN Bank's layout).
 */
final class RunningBalance {

    /**
     * The column of the signed amounts and the column of the balance after each row, if the file has one (a
     * file giving the balance before each row has none).
     */
    record Found(int amount, Optional<Integer> balance) {
    }

    private RunningBalance() {
    }

    static Optional<Found> find(List<CsvRecord> sample, List<Integer> numericColumns) {
        if (sample.size() < 2 || numericColumns.size() < 2) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        for (CsvRecord record : sample) {
            numericColumns.forEach(c -> all.add(record.field(c)));
        }
        char decimal = AmountText.decimalMark(all, '.');
        List<BigDecimal[]> values = new ArrayList<>();
        for (int column : numericColumns) {
            BigDecimal[] read = read(sample, column, decimal);
            if (read == null) {
                return Optional.empty();
            }
            values.add(read);
        }
        for (int a = 0; a < numericColumns.size(); a++) {
            for (int b = 0; b < numericColumns.size(); b++) {
                if (a == b) {
                    continue;
                }
                if (runs(values.get(a), values.get(b))) {
                    return Optional.of(new Found(numericColumns.get(a), Optional.of(numericColumns.get(b))));
                }
                if (runsBefore(values.get(a), values.get(b))) {
                    return Optional.of(new Found(numericColumns.get(a), Optional.empty()));
                }
                for (int before = 0; before < numericColumns.size(); before++) {
                    if (before != a && before != b && moves(values.get(before), values.get(a), values.get(b))) {
                        return Optional.of(new Found(numericColumns.get(a), Optional.of(numericColumns.get(b))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the running balance moves by the credit column minus the debit column on every row (a blank cell
     * counts as zero), in either file order.
     */
    static boolean movesAsDebitCredit(List<CsvRecord> sample, int debit, int credit, int balance) {
        List<String> all = new ArrayList<>();
        for (CsvRecord record : sample) {
            List.of(debit, credit, balance).forEach(c -> all.add(record.field(c)));
        }
        char decimal = AmountText.decimalMark(all, '.');
        BigDecimal[] balances = read(sample, balance, decimal);
        BigDecimal[] amounts = new BigDecimal[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            try {
                BigDecimal out = AmountText.read(sample.get(i).field(debit), decimal).map(a -> a.value().abs())
                        .orElse(BigDecimal.ZERO);
                BigDecimal in = AmountText.read(sample.get(i).field(credit), decimal).map(a -> a.value().abs())
                        .orElse(BigDecimal.ZERO);
                amounts[i] = in.subtract(out);
            } catch (AmountText.NotAnAmount e) {
                return false;
            }
        }
        return balances != null && runs(amounts, balances);
    }

    private static BigDecimal[] read(List<CsvRecord> sample, int column, char decimal) {
        BigDecimal[] out = new BigDecimal[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            try {
                Optional<AmountText.Amount> amount = AmountText.read(sample.get(i).field(column), decimal);
                if (amount.isEmpty()) {
                    return null;
                }
                out[i] = amount.get().value();
            } catch (AmountText.NotAnAmount e) {
                return null;
            }
        }
        return out;
    }

    /** Each balance is the previous one plus this row's amount, oldest first or newest first. */
    private static boolean runs(BigDecimal[] amount, BigDecimal[] balance) {
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < amount.length; i++) {
            ascending &= balance[i].compareTo(balance[i - 1].add(amount[i])) == 0;
            descending &= balance[i - 1].compareTo(balance[i].add(amount[i - 1])) == 0;
        }
        return ascending || descending;
    }

    /** Each balance is the one before the row: the next row's balance is it plus this row's amount (ASN Bank). */
    private static boolean runsBefore(BigDecimal[] amount, BigDecimal[] balance) {
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < amount.length; i++) {
            ascending &= balance[i].compareTo(balance[i - 1].add(amount[i - 1])) == 0;
            descending &= balance[i - 1].compareTo(balance[i].add(amount[i])) == 0;
        }
        return ascending || descending;
    }

    /** Each row's balance after is its balance before plus its amount, and the next row starts from it. */
    private static boolean moves(BigDecimal[] before, BigDecimal[] amount, BigDecimal[] after) {
        for (int i = 0; i < amount.length; i++) {
            if (after[i].compareTo(before[i].add(amount[i])) != 0) {
                return false;
            }
        }
        boolean oldestFirst = true;
        boolean newestFirst = true;
        for (int i = 1; i < amount.length; i++) {
            oldestFirst &= before[i].compareTo(after[i - 1]) == 0;
            newestFirst &= after[i].compareTo(before[i - 1]) == 0;
        }
        return oldestFirst || newestFirst;
    }
}
