package org.myknees.adapter.bankformat.csv;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates in the forms banks export, deciding the order of day and month once for the whole file:
 * {@code 03/04/2024} is read the same way on every row, chosen by the rows that can only be read one way
 * ({@code 13/04/2024}), then by which reading keeps the rows in date order, then by a hint (a user's
 * {@code dateFormat}, or day-first conventions such as {@code dd.MM.yyyy} and decimal commas), and finally
 * month-first. Two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999. Text after the date (a time, or
 * Schwab's "as of …") is ignored.
 */
final class DateText {

    /** The order of the parts of a numeric date. */
    enum Order { YEAR_MONTH_DAY, MONTH_DAY_YEAR, DAY_MONTH_YEAR }

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})\\.?(?:$|[T\\s,].*)");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|[T\\s].*)");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})\\.?(?:$|[T\\s,].*)");
    private static final Pattern DAY_NAMED_MONTH = Pattern.compile(
            "^(\\d{1,2})[-\\s./]*(\\p{L}{3,10})\\.?[-\\s./,]*(\\d{4}|\\d{2})(?:$|[T\\s].*)");
    private static final Pattern NAMED_MONTH_DAY = Pattern.compile(
            "^(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:$|[T\\s].*)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("ene", 1), Map.entry("gen", 1), Map.entry("feb", 2), Map.entry("fev", 2),
            Map.entry("mar", 3), Map.entry("mae", 3), Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("abr", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mag", 5), Map.entry("jun", 6), Map.entry("giu", 6),
            Map.entry("jul", 7), Map.entry("lug", 7), Map.entry("aug", 8), Map.entry("aou", 8), Map.entry("ago", 8),
            Map.entry("sep", 9), Map.entry("set", 9), Map.entry("oct", 10), Map.entry("okt", 10),
            Map.entry("ott", 10), Map.entry("out", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("dez", 12), Map.entry("dic", 12),
            // Dutch (mrt, maart, mei) and Scandinavian (maj, Norwegian des) abbreviations
            Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("mei", 5), Map.entry("maj", 5), Map.entry("des", 12));

    /** A day and a month in figures with no year ({@code 04/03}, {@code 04.03.}), either order. */
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2?");
    private static final Pattern DAY_MONTH_ONLY = Pattern.compile(
            "^(?:(\\d{1,2})[-\\s./]*(\\p{L}{3,10})|(\\p{L}{3,10})\\.?\\s+(\\d{1,2}))\\.?$");

    /** How many distinct cells {@link #read} remembers before it starts over. */
    private static final int KNOWN_MAX = 10_000;
    /** Day 0 of spreadsheet serial dates (Excel, LibreOffice and Google Sheets agree from March 1900 on). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}$");
    /** Serial days of 2000-01-01 and 2099-12-31: five-digit numbers outside them are no dates of a statement. */
    private static final int SERIAL_FIRST = 36_526;
    private static final int SERIAL_LAST = 73_050;

    private final Optional<DateTimeFormatter> pattern;
    private final Order order;
    private final boolean decidedByDefault;
    private final boolean serial;
    /**
     * Cells already read, with their dates: a file repeats a few thousand dates over all its rows, so each is
     * matched once and its rows share one date. A reader serves one thread (see {@link #forAnotherThread}).
     */
    private final Map<String, Optional<LocalDate>> known = new HashMap<>();

    private DateText(Optional<DateTimeFormatter> pattern, Order order, boolean decidedByDefault) {
        this(pattern, order, decidedByDefault, false);
    }

    private DateText(Optional<DateTimeFormatter> pattern, Order order, boolean decidedByDefault, boolean serial) {
        this.pattern = pattern;
        this.order = order;
        this.decidedByDefault = decidedByDefault;
        this.serial = serial;
    }

    /** A reader that reads cells as this one does, for another thread. */
    DateText forAnotherThread() {
        return new DateText(pattern, order, decidedByDefault, serial);
    }

    /** A reader that uses the user's pattern, such as {@code dd.MM.yyyy}. */
    static DateText ofPattern(String userPattern) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(userPattern.replace('y', 'u'), Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
        return new DateText(Optional.of(formatter), Order.MONTH_DAY_YEAR, false);
    }

    /**
     * Thrown by {@link #decide} when one date can only be day-first and another only month-first: no single order
     * reads every date, and taking the majority's would guess. The caller names the lines.
     */
    static final class MixedOrders extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String dayFirst;
        final String monthFirst;

        MixedOrders(String dayFirst, String monthFirst) {
            super(dayFirst + " can only be day-first and " + monthFirst + " only month-first", null, false, false);
            this.dayFirst = dayFirst;
            this.monthFirst = monthFirst;
        }
    }

    /**
     * Decides the order from every date cell of the file (in file order).
     *
     * @param dayFirstHint whether the file's conventions point to day-first dates when the cells do not decide
     * @throws MixedOrders when one cell can only be day-first and another only month-first
     */
    static DateText decide(Collection<String> cells, boolean dayFirstHint) {
        // A date column a spreadsheet re-formatted as General before saving holds serial day numbers.
        if (!cells.isEmpty() && cells.stream().allMatch(DateText::isSerial)) {
            return new DateText(Optional.empty(), Order.MONTH_DAY_YEAR, false, true);
        }
        int onlyMonthFirst = 0;
        int onlyDayFirst = 0;
        String firstMonthFirst = null;
        String firstDayFirst = null;
        List<int[]> ambiguous = new ArrayList<>();
        boolean dotted = false;
        Matcher m = NUMERIC.matcher("");
        for (String cell : cells) {
            if (!opensNumeric(cell) || !m.reset(stripped(cell)).matches()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = year(m.group(4));
            dotted |= m.group(2).equals(".");
            boolean monthFirst = valid(year, a, b);
            boolean dayFirst = valid(year, b, a);
            if (monthFirst && !dayFirst) {
                onlyMonthFirst++;
                firstMonthFirst = firstMonthFirst == null ? cell : firstMonthFirst;
            } else if (dayFirst && !monthFirst) {
                onlyDayFirst++;
                firstDayFirst = firstDayFirst == null ? cell : firstDayFirst;
            }
            ambiguous.add(new int[] {year, a, b});
        }
        if (firstMonthFirst != null && firstDayFirst != null) {
            throw new MixedOrders(firstDayFirst, firstMonthFirst);
        }
        if (onlyMonthFirst != onlyDayFirst) {
            return new DateText(Optional.empty(),
                    onlyMonthFirst > onlyDayFirst ? Order.MONTH_DAY_YEAR : Order.DAY_MONTH_YEAR, false);
        }
        boolean monthFirstSorted = sorted(ambiguous, Order.MONTH_DAY_YEAR);
        boolean dayFirstSorted = sorted(ambiguous, Order.DAY_MONTH_YEAR);
        if (monthFirstSorted != dayFirstSorted) {
            return new DateText(Optional.empty(), monthFirstSorted ? Order.MONTH_DAY_YEAR : Order.DAY_MONTH_YEAR, false);
        }
        boolean dayFirst = dayFirstHint || dotted;
        boolean anyAmbiguous = !ambiguous.isEmpty();
        return new DateText(Optional.empty(), dayFirst ? Order.DAY_MONTH_YEAR : Order.MONTH_DAY_YEAR,
                anyAmbiguous && !cellsAllSameReading(ambiguous));
    }

    /**
     * Whether the cell, stripped, opens as {@link #NUMERIC} needs (one or two digits, then a dash, slash or dot): most
     * cells of a file of ISO dates do not, and are passed over without a matcher.
     */
    private static boolean opensNumeric(String cell) {
        int from = 0;
        while (from < cell.length() && isBlankOrFormat(cell.charAt(from))) {
            from++;
        }
        int digits = 0;
        while (digits < 2 && from + digits < cell.length() && isAsciiDigit(cell.charAt(from + digits))) {
            digits++;
        }
        if (digits == 0 || from + digits == cell.length()) {
            return false;
        }
        char next = cell.charAt(from + digits);
        return next == '-' || next == '/' || next == '.';
    }

    /**
     * The cell without the spaces and the invisible format characters around it: Israeli and Arabic banks' exports
     * wrap dates in right-to-left and left-to-right marks (U+200F, U+200E).
     */
    private static String stripped(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || !isBlankOrFormat(text.charAt(0)) && !isBlankOrFormat(text.charAt(text.length() - 1))) {
            return text;
        }
        int from = 0;
        int to = text.length();
        while (from < to && isBlankOrFormat(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlankOrFormat(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isBlankOrFormat(char c) {
        return Character.isWhitespace(c) || c > 0x7F && Character.getType(c) == Character.FORMAT;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when the order had to be assumed because every numeric date could be read either way. */
    boolean decidedByDefault() {
        return decidedByDefault;
    }

    /** True when the dates are spreadsheet serial day numbers (45355 for 2024-03-04). */
    boolean serial() {
        return serial;
    }

    /** The order in words, for messages. */
    String describe() {
        if (serial) {
            return "spreadsheet serial day numbers";
        }
        if (pattern.isPresent()) {
            return "the given date format";
        }
        return order == Order.DAY_MONTH_YEAR ? "day/month/year" : "month/day/year";
    }

    /** Reads one cell; empty when it is not a date. */
    Optional<LocalDate> read(String cell) {
        if (serial) {
            return isSerial(cell) ? Optional.of(SERIAL_EPOCH.plusDays(Integer.parseInt(cell.strip())))
                    : Optional.empty();
        }
        Optional<LocalDate> date = known.get(cell);
        if (date == null) {
            if (known.size() >= KNOWN_MAX) {
                known.clear();
            }
            date = parse(cell);
            known.put(cell, date);
        }
        return date;
    }

    private Optional<LocalDate> parse(String cell) {
        String text = stripped(cell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (pattern.isPresent()) {
            return readWithPattern(text);
        }
        try {
            Matcher m = YEAR_FIRST.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            }
            m = COMPACT.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = NUMERIC.matcher(text);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = year(m.group(4));
                return Optional.of(order == Order.DAY_MONTH_YEAR ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
            }
            Matcher dayNamed = DAY_NAMED_MONTH.matcher(text);
            if (dayNamed.matches()) {
                return month(dayNamed.group(2)).map(month -> LocalDate.of(year(dayNamed.group(3)), month,
                        Integer.parseInt(dayNamed.group(1))));
            }
            Matcher named = NAMED_MONTH_DAY.matcher(text);
            if (named.matches()) {
                return month(named.group(1)).map(month -> LocalDate.of(Integer.parseInt(named.group(3)), month,
                        Integer.parseInt(named.group(2))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return afterWeekday(text).flatMap(this::parse);
    }

    /**
     * The date after a weekday and its comma, as spreadsheets' long date format writes it ({@code Monday, March 4,
     * 2024}, {@code Montag, 4. März 2024}); empty when the text does not open with a word and a comma.
     */
    private static Optional<String> afterWeekday(String text) {
        int comma = text.indexOf(',');
        if (comma < 2 || comma > 12) {
            return Optional.empty();
        }
        for (int i = 0; i < comma; i++) {
            if (!Character.isLetter(text.charAt(i)) && !(i == comma - 1 && text.charAt(i) == '.')) {
                return Optional.empty();
            }
        }
        return Optional.of(text.substring(comma + 1).strip());
    }

    /** Whether a cell looks like a date in any supported form, whatever the order (for sniffing columns). */
    private static boolean isSerial(String cell) {
        String text = cell.strip();
        if (!SERIAL.matcher(text).matches()) {
            return false;
        }
        int day = Integer.parseInt(text);
        return day >= SERIAL_FIRST && day <= SERIAL_LAST;
    }

    static boolean looksLikeDate(String cell) {
        String text = stripped(cell);
        return YEAR_FIRST.matcher(text).matches() || NUMERIC.matcher(text).matches()
                || (COMPACT.matcher(text).matches() && new DateText(Optional.empty(), Order.MONTH_DAY_YEAR,
                false).read(text).isPresent())
                || (DAY_NAMED_MONTH.matcher(text).matches() && new DateText(Optional.empty(), Order.MONTH_DAY_YEAR,
                false).read(text).isPresent())
                || (NAMED_MONTH_DAY.matcher(text).matches() && new DateText(Optional.empty(), Order.MONTH_DAY_YEAR,
                false).read(text).isPresent())
                || afterWeekday(text).filter(DateText::looksLikeDate).isPresent();
    }

    /**
     * Whether a cell that is no date is a day and a month without a year ({@code 04 Mar}, {@code Mar 4}, {@code 04/03},
     * {@code 04.03.}), as printed statements list rows under a period that names the year once.
     */
    static boolean lacksYear(String cell) {
        Matcher m = DAY_MONTH_ONLY.matcher(cell.strip());
        if (m.matches() && month(m.group(2) != null ? m.group(2) : m.group(3)).isPresent()) {
            return true;
        }
        Matcher figures = NUMERIC_DAY_MONTH.matcher(cell.strip());
        if (!figures.matches()) {
            return false;
        }
        int first = Integer.parseInt(figures.group(1));
        int second = Integer.parseInt(figures.group(3));
        return first >= 1 && second >= 1 && first <= 31 && second <= 31 && Math.min(first, second) <= 12;
    }

    /**
     * Whether a cell that is no date is a Unix time stamp: seconds (ten digits opening with 1: September 2001 to May
     * 2033) or milliseconds (thirteen digits) since 1970, as developer tools and some payment apps export them.
     */
    static boolean isUnixTime(String cell) {
        String text = cell.strip();
        return (text.length() == 10 || text.length() == 13) && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && text.charAt(0) == '1';
    }

    /** Whether every cell of a column could be read as a date by some order. */
    static boolean allDates(Collection<String> cells) {
        return cells.stream().filter(c -> !c.isBlank()).allMatch(DateText::looksLikeDate);
    }

    private Optional<LocalDate> readWithPattern(String text) {
        try {
            ParsePosition position = new ParsePosition(0);
            TemporalAccessor parsed = pattern.get().parse(text, position);
            return Optional.ofNullable(parsed.query(TemporalQueries.localDate()));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> month(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (w.startsWith("juin")) {
            return Optional.of(6);
        }
        if (w.startsWith("juil")) {
            return Optional.of(7);
        }
        return w.length() < 3 ? Optional.empty() : Optional.ofNullable(MONTHS.get(w.substring(0, 3)));
    }

    private static int year(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return value < 70 ? 2000 + value : 1900 + value;
        }
        return value;
    }

    private static boolean valid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** Whether the dates are in ascending or descending order (never both flat and trivially sorted). */
    private static boolean sorted(List<int[]> parts, Order reading) {
        List<LocalDate> dates = new ArrayList<>();
        for (int[] p : parts) {
            int month = reading == Order.DAY_MONTH_YEAR ? p[2] : p[1];
            int day = reading == Order.DAY_MONTH_YEAR ? p[1] : p[2];
            if (!valid(p[0], month, day)) {
                return false;
            }
            dates.add(LocalDate.of(p[0], month, day));
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < dates.size(); i++) {
            int c = dates.get(i).compareTo(dates.get(i - 1));
            ascending &= c >= 0;
            descending &= c <= 0;
        }
        return ascending || descending;
    }

    /** Cells such as {@code 05/05/2024} read the same either way, so no assumption was needed. */
    private static boolean cellsAllSameReading(List<int[]> parts) {
        return parts.stream().allMatch(p -> p[1] == p[2]);
    }
}
