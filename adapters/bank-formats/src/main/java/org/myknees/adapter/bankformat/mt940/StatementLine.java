package org.myknees.adapter.bankformat.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code :61:} statement line: value date, optional {@code MMDD} entry date, debit/credit mark, optional funds
 * code, amount, transaction type, the account owner's reference, the bank's reference after {@code //}, and
 * supplementary details on the next line.
 *
 * @param bookingDate the entry date, or the value date when the line has none
 * @param amount      signed from the account holder's view: {@code C} and {@code RD} (a reversed debit) are
 *                    money in, {@code D} and {@code RC} money out
 * @param expected    true for the MT942 marks {@code EC}/{@code ED}: announced, not yet booked
 */
record StatementLine(LocalDate valueDate, LocalDate bookingDate, BigDecimal amount, boolean expected,
                     Optional<String> customerReference, Optional<String> bankReference,
                     Optional<String> supplementaryDetails) {

    private static final String[] MARKS = {"RC", "RD", "EC", "ED", "C", "D"};
    private static final String NO_REFERENCE = "NONREF";
    private static final int REFERENCE_LENGTH = 16;
    private static final Pattern MARK_ONLY = Pattern.compile("(?:RC|RD|EC|ED|C|D)[A-Z]?");

    static StatementLine parse(SwiftField field) throws MalformedFieldException {
        List<String> lines = field.lines();
        String text = field.firstLine().strip();
        if (endsBeforeAmount(text) && lines.size() > 1) {
            // A few exports wrap the line right after the debit/credit mark; the amount opens the next line.
            text = text + lines.get(1).strip();
            lines = lines.subList(1, lines.size());
        }
        LocalDate valueDate = SwiftDates.yymmdd(text, 0, ":61: value date");
        int position = 6;
        LocalDate bookingDate = valueDate;
        if (text.length() >= position + 4 && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            bookingDate = SwiftDates.entryDate(text, position, valueDate, ":61: entry date");
            position += 4;
        } else if (text.startsWith("    ", position)) {
            position += 4;
        }
        String mark = null;
        for (String candidate : MARKS) {
            if (text.startsWith(candidate, position)) {
                mark = candidate;
                break;
            }
        }
        if (mark == null) {
            throw new MalformedFieldException(":61: debit/credit mark", "'" + text.substring(position)
                    + "' does not start with C, D, RC or RD");
        }
        position += mark.length();
        if (position < text.length() && text.charAt(position) >= 'A' && text.charAt(position) <= 'Z') {
            position++;
        }
        int amountLength = SwiftAmount.length(text, position);
        if (amountLength == 0) {
            throw new MalformedFieldException(":61: amount", "'" + text.substring(position) + "' is not an amount");
        }
        BigDecimal amount = SwiftAmount.parse(text.substring(position, position + amountLength), ":61: amount");
        position += amountLength;
        String rest = text.substring(position);
        if (!rest.startsWith(NO_REFERENCE) && !rest.startsWith("//")) {
            // The four-character transaction type (NTRF, N426, …) has no place in a ParsedTransaction.
            rest = rest.substring(Math.min(4, rest.length()));
        }
        int split = rest.indexOf("//");
        Reference customer = Reference.of(split < 0 ? rest : rest.substring(0, split));
        Reference bank = Reference.of(split < 0 ? "" : rest.substring(split + 2));
        List<String> details = new ArrayList<>(List.of(customer.after(), bank.after()));
        details.addAll(lines.subList(1, lines.size()));
        boolean moneyOut = mark.equals("D") || mark.equals("RC") || mark.equals("ED");
        return new StatementLine(valueDate, bookingDate, moneyOut ? amount.negate() : amount, mark.startsWith("E"),
                present(customer.value()), present(bank.value()), joined(details));
    }

    /** A reference and the text that follows it on the same line. */
    private record Reference(String value, String after) {

        /**
         * References are at most 16 characters. Some banks (Rabobank) pad the reference with spaces and put the
         * other party's name right after it; others write longer references without spaces, which stay whole.
         */
        static Reference of(String text) {
            if (text.length() > REFERENCE_LENGTH && (Character.isWhitespace(text.charAt(REFERENCE_LENGTH - 1))
                    || Character.isWhitespace(text.charAt(REFERENCE_LENGTH)))) {
                return new Reference(text.substring(0, REFERENCE_LENGTH), text.substring(REFERENCE_LENGTH));
            }
            return new Reference(text, "");
        }
    }

    /** True when nothing follows the dates, the mark and the funds code: the amount is missing from the line. */
    private static boolean endsBeforeAmount(String text) {
        int position = 6;
        if (text.length() >= position + 4 && text.substring(position, position + 4).chars()
                .allMatch(c -> c >= '0' && c <= '9')) {
            position += 4;
        }
        String rest = text.length() > position ? text.substring(position) : "";
        return MARK_ONLY.matcher(rest).matches();
    }

    /**
     * The reference to keep as the row's id: the bank's reference and the owner's joined as the file writes them
     * ({@code owner//bank}), or whichever one is there; {@code NONREF} means none.
     */
    Optional<String> externalId() {
        Optional<String> customer = customerReference.filter(r -> !r.equalsIgnoreCase(NO_REFERENCE));
        Optional<String> bank = bankReference.filter(r -> !r.equalsIgnoreCase(NO_REFERENCE));
        if (customer.isPresent() && bank.isPresent()) {
            return Optional.of(customer.get() + "//" + bank.get());
        }
        return bank.isPresent() ? bank : customer;
    }

    private static Optional<String> present(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    private static Optional<String> joined(List<String> parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                present.add(part.strip());
            }
        }
        return present.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", present));
    }
}
