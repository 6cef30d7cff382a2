package org.myknees.adapter.bankformat.csv;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the amounts banks write: signs before or after the number, parentheses for negatives, {@code CR}/
 * {@code DR} suffixes, currency symbols and codes around it, thousands separators ({@code , . ' } and
 * spaces) and a decimal point or comma chosen once for the whole file.
 */
final class AmountText {

    /** An amount read from a cell, and the currency its symbol or code names, if any. */
    record Amount(BigDecimal value, Optional<Currency> currency) {
    }

    /** Why a cell is not an amount, for the quarantine. */
    static final class NotAnAmount extends Exception {
        NotAnAmount(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("₽", "RUB"), Map.entry("₺", "TRY"), Map.entry("₪", "ILS"), Map.entry("₫", "VND"),
            Map.entry("₱", "PHP"), Map.entry("฿", "THB"), Map.entry("₴", "UAH"), Map.entry("zł", "PLN"),
            Map.entry("kč", "CZK"), Map.entry("ft", "HUF"), Map.entry("fr", "CHF"), Map.entry("د.ا", "JOD"),
            Map.entry("د.إ", "AED"), Map.entry("ر.س", "SAR"));
    /** Letters that may stand beside an amount without naming a currency we can tell. */
    private static final Set<String> NEUTRAL_WORDS = Set.of("kr", "lei", "rs", "cr", "dr");
    private static final int MAX_DIGITS = 24;
    /** Digits that always fit a {@code long}. */
    private static final int PLAIN_MAX_DIGITS = 18;

    private AmountText() {
    }

    /** The currency a symbol such as {@code €} or {@code zł} stands for, when it names one currency only. */
    static Optional<Currency> symbolCurrency(String symbol) {
        String code = SYMBOLS.get(symbol.strip().toLowerCase(Locale.ROOT));
        return code == null ? Optional.empty() : Optional.of(Currency.getInstance(code));
    }

    /** Reads a cell; an empty (blank) cell gives empty. */
    static Optional<Amount> read(String cell, char decimal) throws NotAnAmount {
        Amount plain = plain(cell, decimal);
        if (plain != null) {
            return Optional.of(plain);
        }
        String s = clean(cell);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int first = firstDigit(s);
        if (first < 0) {
            if (isDashForNothing(s)) {
                return Optional.empty();
            }
            throw new NotAnAmount("'" + cell.strip() + "' holds no number");
        }
        int last = lastDigit(s);
        if (first > 0 && (s.charAt(first - 1) == '.' || s.charAt(first - 1) == ',')
                && (first == 1 || !Character.isLetter(s.charAt(first - 2)))) {
            first--;
        }
        String prefix = s.substring(0, first);
        String core = s.substring(first, last + 1);
        String suffix = s.substring(last + 1);
        Affix affix = affixes(prefix, suffix, cell);
        BigDecimal value = number(core, decimal, cell);
        return Optional.of(new Amount(affix.negative ? value.negate() : value, affix.currency));
    }

    /**
     * The amount of a cell that is only an optional minus, digits and optionally the decimal mark and more digits
     * ({@code -12.34}, the cell of nearly every row of a large export), read without the general path's pieces; null
     * for any other cell. It gives the same value and scale as the general path.
     */
    private static Amount plain(String cell, char decimal) {
        int length = cell.length();
        int i = length > 0 && cell.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < length; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == decimal && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > PLAIN_MAX_DIGITS || scale == 0) {
            return null;
        }
        return new Amount(BigDecimal.valueOf(cell.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0)),
                Optional.empty());
    }

    /** Decides the decimal mark from the amount cells of a whole file; the hint breaks a tie. */
    static char decimalMark(Collection<String> cells, char hint) {
        int point = 0;
        int comma = 0;
        for (String cell : cells) {
            String s = clean(cell);
            int first = firstDigit(s);
            if (first < 0) {
                continue;
            }
            // The marks between the first and the last digit, counted where they stand: no copy of each cell.
            int last = lastDigit(s);
            int dots = 0;
            int commas = 0;
            int lastDot = -1;
            int lastComma = -1;
            for (int i = first; i <= last; i++) {
                char c = s.charAt(i);
                if (c == '.') {
                    dots++;
                    lastDot = i;
                } else if (c == ',') {
                    commas++;
                    lastComma = i;
                }
            }
            if (dots > 0 && commas > 0) {
                if (lastDot > lastComma) {
                    point++;
                } else {
                    comma++;
                }
            } else if (dots + commas == 1) {
                int digitsAfter = last - Math.max(lastDot, lastComma);
                if (digitsAfter != 3) {
                    if (dots == 1) {
                        point++;
                    } else {
                        comma++;
                    }
                }
            } else if (dots > 1) {
                comma++;
            } else if (commas > 1) {
                point++;
            }
        }
        if (point == comma) {
            return hint;
        }
        return point > comma ? '.' : ',';
    }

    private record Affix(boolean negative, Optional<Currency> currency) {
    }

    private static Affix affixes(String prefix, String suffix, String cell) throws NotAnAmount {
        String around = (prefix + " " + suffix).toLowerCase(Locale.ROOT);
        boolean parentheses = prefix.contains("(") && suffix.contains(")");
        // an en dash stands for the minus where a word processor's autocorrect wrote the file
        boolean minus = around.indexOf('-') >= 0 || around.indexOf('\u2212') >= 0 || around.indexOf('\u2013') >= 0;
        Optional<Currency> currency = Optional.empty();
        boolean debitMark = false;
        StringBuilder word = new StringBuilder();
        String rest = around + " ";
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            boolean wordChar = Character.isLetter(c) || (c == '.' && word.length() > 0);
            if (wordChar) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = stripDots(word.toString());
                word.setLength(0);
                if (w.equals("dr")) {
                    debitMark = true;
                }
                Optional<Currency> named = currencyWord(w);
                if (named.isPresent()) {
                    currency = named;
                } else if (!NEUTRAL_WORDS.contains(w)) {
                    throw new NotAnAmount("'" + cell.strip() + "' is not an amount");
                }
            }
            if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                String code = SYMBOLS.get(String.valueOf(c));
                if (code != null) {
                    currency = Optional.of(Currency.getInstance(code));
                }
            } else if (" +-\u2212\u2013()".indexOf(c) < 0) {
                throw new NotAnAmount("'" + cell.strip() + "' is not an amount");
            }
        }
        return new Affix(minus || parentheses || debitMark, currency);
    }

    /**
     * A dash alone, or after a currency symbol: spreadsheets' accounting format writes zero as {@code " $-   "}, and
     * many exports fill the unused debit or credit cell with {@code -}. It holds no amount.
     */
    private static boolean isDashForNothing(String cleaned) {
        int dashes = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2212') {
                dashes++;
            } else if (c != ' ' && Character.getType(c) != Character.CURRENCY_SYMBOL) {
                return false;
            }
        }
        return dashes == 1;
    }

    private static Optional<Currency> currencyWord(String word) {
        String code = SYMBOLS.get(word);
        if (code != null) {
            return Optional.of(Currency.getInstance(code));
        }
        if (word.length() == 3 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            try {
                return Optional.of(Currency.getInstance(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String stripDots(String word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '.') {
            end--;
        }
        return word.substring(0, end);
    }

    private static BigDecimal number(String core, char decimal, String cell) throws NotAnAmount {
        StringBuilder digits = new StringBuilder(core.length());
        int groupLength = 0;
        boolean grouped = false;
        boolean firstGroup = true;
        boolean sawDecimal = false;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                groupLength++;
            } else if (c == decimal) {
                if (sawDecimal || (grouped && groupLength != 3)) {
                    throw notAnAmount(cell);
                }
                sawDecimal = true;
                digits.append('.');
                groupLength = 0;
            } else if (!sawDecimal && isGroupSeparator(c)) {
                if (groupLength == 0 || (!firstGroup && groupLength != 3 && groupLength != 2)) {
                    throw notAnAmount(cell);
                }
                grouped = true;
                firstGroup = false;
                groupLength = 0;
            } else {
                throw notAnAmount(cell);
            }
        }
        if (!sawDecimal && grouped && groupLength != 3) {
            throw notAnAmount(cell);
        }
        String plain = digits.toString();
        if (plain.startsWith(".")) {
            plain = "0" + plain;
        }
        if (plain.endsWith(".")) {
            plain = plain + "0";
        }
        if (plain.length() > MAX_DIGITS) {
            throw new NotAnAmount("'" + cell.strip() + "' has too many digits to be an amount");
        }
        return new BigDecimal(plain);
    }

    private static NotAnAmount notAnAmount(String cell) {
        return new NotAnAmount("'" + cell.strip() + "' is not an amount");
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '\u2019' || c == ' ';
    }

    /** Drops spaces of every kind and invisible format characters (such as right-to-left marks). */
    private static String clean(String cell) {
        if (isVisibleAscii(cell)) {
            // The common cell ("-12.34"): nothing to drop, and no copy made for each of a large file's rows.
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            out.append(Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString().strip();
    }

    private static boolean isVisibleAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }
}
