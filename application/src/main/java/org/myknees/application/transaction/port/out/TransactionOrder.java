package org.myknees.application.transaction.port.out;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.UUID;
import org.myknees.application.paging.InvalidCursorException;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * The order of transaction listings and its cursor: newest booking date first, then by id descending, where
 * ids compare as unsigned 128-bit numbers (the order PostgreSQL gives {@code uuid}). Because the order is
 * total and the cursor holds the last (date, id) seen, paging stays stable while rows are added: no row is
 * returned twice and no existing row is skipped.
 */
public final class TransactionOrder {

    /** Newest first. */
    public static final Comparator<Transaction> NEWEST_FIRST =
            Comparator.comparing(Transaction::bookingDate).thenComparing(t -> t.id().value(), TransactionOrder::compareIds)
                    .reversed();

    private static final String VERSION = "t1";

    private TransactionOrder() {
    }

    /** The position just after which the next page starts. */
    public record Position(LocalDate bookingDate, TransactionId id) {

        public static Position of(Transaction tx) {
            return new Position(tx.bookingDate(), tx.id());
        }

        /** Whether the transaction comes after this position in listing order. */
        public boolean precedes(Transaction tx) {
            int byDate = tx.bookingDate().compareTo(bookingDate);
            return byDate < 0 || (byDate == 0 && compareIds(tx.id().value(), id.value()) < 0);
        }
    }

    public static String encode(Position position) {
        String plain = VERSION + "|" + position.bookingDate() + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Position decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|");
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw new InvalidCursorException(cursor);
            }
            return new Position(LocalDate.parse(parts[1]), TransactionId.of(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursorException(cursor);
        }
    }

    /** Compares UUIDs as unsigned 128-bit numbers, the byte order PostgreSQL uses. */
    public static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
