package org.myknees.adapter.bankformat.qif;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * QIF dates in all the forms Quicken and its imitators write: {@code 01/02/2003}, {@code 1/ 2/98},
 * {@code 8/31' 0} (an apostrophe before the year means 2000 and later), {@code 31.12.2003},
 * {@code 2003-01-02}, {@code 20030102}. Whether {@code 03/04} is March or April cannot be told from one date,
 * so the order is decided once for the whole file ({@link Evidence}) and every date is read with it.
 */
final class QifDates {

    /** Two-digit years without an apostrophe follow the POSIX {@code %y} rule: 69-99 are 19xx, 00-68 are 20xx. */
    private static final int LAST_TWENTIETH_CENTURY_PIVOT = 69;
    private static final String CHOOSE = " (the option dateOrder=MDY or DMY decides it)";

    private QifDates() {
    }

    /** The order of day and month in a date that does not start with its year. */
    enum Order {
        MONTH_FIRST("month/day/year"),
        DAY_FIRST("day/month/year");

        private final String words;

        Order(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** A date split into its numbers, before the order is known. */
    record Parts(int first, int second, int year, boolean yearFirst, boolean dotted) {
    }

    /** The order decided for a file, with a note for the user when the dates alone could not settle it. */
    record Decision(Order order, Optional<String> note) {
    }

    /**
     * Splits a date into numbers. Spaces pad numbers ({@code 1/ 2/98}); the separators are {@code / - .} and
     * the apostrophe, which marks a year from 2000 on. Empty when the text is not a date of any known shape.
     */
    static Optional<Parts> split(String text) {
        String value = text.strip();
        if (value.length() == 8 && digitsOnly(value)) {
            return Optional.of(new Parts(Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)), Integer.parseInt(value.substring(0, 4)), true, false));
        }
        int[] numbers = new int[3];
        int[] digits = new int[3];
        char[] separators = new char[2];
        int index = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits[index] >= 4) {
                    return Optional.empty();
                }
                numbers[index] = numbers[index] * 10 + (c - '0');
                digits[index]++;
            } else if (c == '/' || c == '-' || c == '.' || c == '\'') {
                if (index == 2 || digits[index] == 0) {
                    return Optional.empty();
                }
                separators[index++] = c;
            } else if (c != ' ') {
                return Optional.empty();
            }
        }
        if (index != 2 || digits[2] == 0) {
            return Optional.empty();
        }
        if (digits[0] == 4) {
            return Optional.of(new Parts(numbers[1], numbers[2], numbers[0], true, false));
        }
        if (digits[2] == 3) {
            return Optional.empty();
        }
        int year = digits[2] == 4 ? numbers[2] : twoDigitYear(numbers[2], separators[1] == '\'');
        return Optional.of(new Parts(numbers[0], numbers[1], year, false, separators[0] == '.'));
    }

    /**
     * Gathers what the dates of a file say about their day/month order: a first number above 12 proves
     * day-first, a second one above 12 proves month-first; the side with more proof wins. With no proof, dotted
     * dates, and any dates of an account whose currency is written day-first, are day-first (the European habit)
     * and others month-first (Quicken's own), and the note says so.
     */
    static final class Evidence {
        private int dates;
        private int monthFirst;
        private int dayFirst;
        private int ambiguous;
        private int dotted;

        void add(String text) {
            Optional<Parts> parts = split(text);
            if (parts.isEmpty() || parts.get().yearFirst()) {
                return;
            }
            Parts p = parts.get();
            dates++;
            dotted += p.dotted() ? 1 : 0;
            if (p.first() > 12 && p.second() <= 12) {
                dayFirst++;
            } else if (p.second() > 12 && p.first() <= 12) {
                monthFirst++;
            } else if (p.first() != p.second()) {
                ambiguous++;
            }
        }

        /**
         * @param forced the order the user set ({@code MDY} or {@code DMY}), if any
         * @param dayFirstAccount whether the account's currency is written day-first where it is used: with no
         *                        proof in the file, its dates are then read day-first too (a UK bank's QIF)
         */
        Decision decide(Optional<String> forced, boolean dayFirstAccount) {
            String key = forced.map(f -> f.strip().toUpperCase(Locale.ROOT)).orElse("");
            if (key.equals("MDY") || key.equals("DMY")) {
                return new Decision(key.equals("MDY") ? Order.MONTH_FIRST : Order.DAY_FIRST, Optional.empty());
            }
            Order fallback = dotted * 2 > dates || dayFirstAccount ? Order.DAY_FIRST : Order.MONTH_FIRST;
            Order order = monthFirst == dayFirst ? fallback
                    : monthFirst > dayFirst ? Order.MONTH_FIRST : Order.DAY_FIRST;
            if (monthFirst > 0 && dayFirst > 0) {
                return new Decision(order, Optional.of("The file's dates disagree on the order of day and month ("
                        + monthFirst + " month-first, " + dayFirst + " day-first); they were read as "
                        + order.words() + CHOOSE));
            }
            if (monthFirst == 0 && dayFirst == 0 && ambiguous > 0) {
                return new Decision(order, Optional.of("No date in the file shows whether the day or the month "
                        + "comes first; they were read as " + order.words() + CHOOSE));
            }
            return new Decision(order, Optional.empty());
        }
    }

    /** Reads one date in the decided order. */
    static QifReading<LocalDate> parse(String text, Order order) {
        Optional<Parts> parts = split(text);
        if (parts.isEmpty()) {
            return QifReading.failed("'" + QifAmounts.shown(text.strip()) + "' is not a date");
        }
        Parts p = parts.get();
        boolean monthFirst = p.yearFirst() || order == Order.MONTH_FIRST;
        try {
            return QifReading.of(LocalDate.of(p.year(), monthFirst ? p.first() : p.second(),
                    monthFirst ? p.second() : p.first()));
        } catch (DateTimeException e) {
            return QifReading.failed("'" + QifAmounts.shown(text.strip()) + "' is not a valid date read as "
                    + (p.yearFirst() ? "year-month-day" : order.words() + ", the order of the file's other dates"));
        }
    }

    private static int twoDigitYear(int year, boolean apostrophe) {
        if (apostrophe || year < LAST_TWENTIETH_CENTURY_PIVOT) {
            return 2000 + year;
        }
        return 1900 + year;
    }

    private static boolean digitsOnly(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
