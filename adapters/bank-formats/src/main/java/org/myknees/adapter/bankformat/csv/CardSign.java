package org.myknees.adapter.bankformat.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes the card issuer's sign convention (American Express, Discover): charges positive and payments to
 * the card negative, the reverse of ours. The evidence is the file's own rows: every payment to the card
 * ("PAYMENT RECEIVED - THANK YOU", "AUTOPAY PAYMENT", or a row whose kind is "Payment") is negative while
 * most other rows are positive.
 */
final class CardSign {

    private static final Pattern PAYMENT_TO_CARD = Pattern.compile(
            "\\b(thank you|thanks|payment received|autopay|paiement recu|zahlung erhalten|danke"
                    + "|pagamento recebido|pago recibido|pagamento ricevuto|betaling ontvangen)\\b");
    /**
     * A kind-of-movement column that names money coming in: the payments themselves (Apple Card's Type), or
     * income and deposits in budgeting apps that write spending positive (Copilot's type).
     */
    private static final Pattern PAYMENT_KIND = Pattern.compile("^(payments?( and credits)?|income|deposits?)$");
    private static final List<ColumnRole> TEXT = List.of(ColumnRole.DESCRIPTION, ColumnRole.PAYEE, ColumnRole.MEMO,
            ColumnRole.KIND);

    private CardSign() {
    }

    /**
     * Whether positive amounts are charges; when so, a note saying why is added for the user, and when every
     * amount is positive with nothing to tell, a note naming the option that decides.
     */
    static boolean chargesArePositive(List<CsvRecord> sample, Map<ColumnRole, List<Integer>> columns,
                                      List<String> notes) {
        if (!columns.containsKey(ColumnRole.AMOUNT) || columns.containsKey(ColumnRole.TYPE)) {
            return false;
        }
        int amountColumn = columns.get(ColumnRole.AMOUNT).get(0);
        int payments = 0;
        int positive = 0;
        int negative = 0;
        for (CsvRecord record : sample) {
            Optional<Integer> sign = sign(record.field(amountColumn));
            if (sign.isEmpty()) {
                continue;
            }
            if (isPaymentToCard(record, columns)) {
                if (sign.get() > 0) {
                    return false;
                }
                payments++;
            } else if (sign.get() > 0) {
                positive++;
            } else if (sign.get() < 0) {
                negative++;
            }
        }
        if (payments == 0 && negative == 0 && positive >= 2) {
            notes.add("Every amount in the file is positive, so nothing in it tells charges from payments; they were "
                    + "read as money in (set the option negate=true if they are charges, as card issuers write them)");
        }
        if (payments == 0 || positive <= negative) {
            return false;
        }
        notes.add("Money coming in (payments to the card such as 'thank you' rows, or rows of kind income) is "
                + "negative and charges positive in this file, as card issuers and some budgeting apps write them; "
                + "amounts were negated so that charges are money out (set the option negate=false if that is "
                + "wrong)");
        return true;
    }

    private static boolean isPaymentToCard(CsvRecord record, Map<ColumnRole, List<Integer>> columns) {
        StringBuilder text = new StringBuilder();
        for (ColumnRole role : TEXT) {
            columns.getOrDefault(role, List.of()).forEach(c -> text.append(' ').append(record.field(c)));
        }
        boolean paymentKind = columns.containsKey(ColumnRole.KIND) && PAYMENT_KIND.matcher(
                HeaderVocabulary.normalize(record.field(columns.get(ColumnRole.KIND).get(0)))).matches();
        return paymentKind || PAYMENT_TO_CARD.matcher(HeaderVocabulary.normalize(text.toString())).find();
    }

    private static Optional<Integer> sign(String cell) {
        for (char mark : new char[] {'.', ','}) {
            try {
                return AmountText.read(cell, mark).map(a -> a.value().signum());
            } catch (AmountText.NotAnAmount e) {
                // The other decimal mark may read it.
            }
        }
        return Optional.empty();
    }
}
