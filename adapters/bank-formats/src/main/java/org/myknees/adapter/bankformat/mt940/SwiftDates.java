package org.myknees.adapter.bankformat.mt940;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as SWIFT writes them. Two-digit years 00–69 are read as 2000–2069 and 70–99 as 1970–1999. A day past
 * the end of its month (German banks write 30 February for the month end under the 30/360 interest
 * convention) is read as the month's last day.
 */
final class SwiftDates {

    private SwiftDates() {
    }

    /** Reads {@code YYMMDD} starting at {@code offset}. */
    static LocalDate yymmdd(String text, int offset, String field) throws MalformedFieldException {
        String digits = digits(text, offset, 6, field, "YYMMDD");
        int yy = Integer.parseInt(digits.substring(0, 2));
        return of(yy < 70 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                Integer.parseInt(digits.substring(4, 6)), digits, field);
    }

    /**
     * Reads the {@code MMDD} entry date of a statement line, choosing the year that puts it nearest the value
     * date (an entry booked on 2 January for a value date of 31 December lies in the next year).
     */
    static LocalDate entryDate(String text, int offset, LocalDate valueDate, String field)
            throws MalformedFieldException {
        String digits = digits(text, offset, 4, field, "MMDD");
        int month = Integer.parseInt(digits.substring(0, 2));
        int day = Integer.parseInt(digits.substring(2, 4));
        LocalDate best = null;
        for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
            LocalDate candidate = of(year, month, day, digits, field);
            if (best == null || distance(candidate, valueDate) < distance(best, valueDate)) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static String digits(String text, int offset, int length, String field, String pattern)
            throws MalformedFieldException {
        if (text.length() < offset + length) {
            throw new MalformedFieldException(field, "'" + text.substring(Math.min(offset, text.length()))
                    + "' is too short for a " + pattern + " date");
        }
        String digits = text.substring(offset, offset + length);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new MalformedFieldException(field, "'" + digits + "' is not a " + pattern + " date");
            }
        }
        return digits;
    }

    private static LocalDate of(int year, int month, int day, String digits, String field)
            throws MalformedFieldException {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new MalformedFieldException(field, "'" + digits + "' is not a valid date");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
    }
}
