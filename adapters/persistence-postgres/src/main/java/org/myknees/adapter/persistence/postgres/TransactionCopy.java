package org.myknees.adapter.persistence.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The bulk path: streams new transactions into {@code transactions} and {@code transaction_split_lines} with
 * PostgreSQL's {@code COPY ... FROM STDIN} in text format, the fastest way in. Writes the same columns as
 * {@link TransactionEntity}, every row at version 1.
 */
final class TransactionCopy {

    private static final String TRANSACTIONS = "COPY transactions (household_id, transaction_id, account_id,"
            + " booking_date, value_date, amount, currency, raw_descriptor, normalized_descriptor, merchant, status,"
            + " external_id, notes, tags, one_time_event_id, transfer_link, split_lines, category_key,"
            + " category_source, category_confidence, category_decided_by, version) FROM STDIN";
    private static final String SPLIT_LINES = "COPY transaction_split_lines (household_id, transaction_id, line_no,"
            + " amount, description, category_key) FROM STDIN";
    private static final int FLUSH_CHARS = 1 << 16;

    private TransactionCopy() {
    }

    static void insert(Connection connection, List<Transaction> transactions) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Rows rows = new Rows(postgres.getCopyAPI().copyIn(TRANSACTIONS))) {
            boolean anySplit = false;
            for (Transaction tx : transactions) {
                writeTransaction(rows, tx);
                anySplit |= tx.isSplit();
            }
            rows.finish();
            if (!anySplit) {
                return;
            }
        }
        try (Rows rows = new Rows(postgres.getCopyAPI().copyIn(SPLIT_LINES))) {
            for (Transaction tx : transactions) {
                List<SplitLine> splits = tx.splits();
                for (int i = 0; i < splits.size(); i++) {
                    SplitLine line = splits.get(i);
                    rows.uuid(tx.householdId().value()).uuid(tx.id().value()).number(i)
                            .number(line.amount().minorUnits()).text(line.description())
                            .text(line.category().map(CategoryKey::value)).end();
                }
            }
            rows.finish();
        }
    }

    private static void writeTransaction(Rows rows, Transaction tx) throws SQLException {
        CategoryAssignment category = tx.category();
        rows.uuid(tx.householdId().value())
                .uuid(tx.id().value())
                .uuid(tx.accountId().value())
                .text(tx.bookingDate().toString())
                .text(tx.valueDate().map(Object::toString))
                .number(tx.amount().minorUnits())
                .text(tx.amount().currency().getCurrencyCode())
                .text(tx.rawDescriptor())
                .text(tx.normalizedDescriptor())
                .text(tx.merchant())
                .text(tx.status().name())
                .text(tx.externalId())
                .text(tx.notes())
                .textArray(tx.tags())
                .uuid(tx.oneTimeEvent().map(OneTimeEventId::value))
                .uuid(tx.transferLink().map(TransactionId::value))
                .number(tx.splits().size())
                .text(category.category().map(CategoryKey::value))
                .text(category.source().name())
                .text(Double.toString(category.confidence()))
                .text(category.decidedBy())
                .number(1)
                .end();
    }

    /** Rows in COPY's text format: tab-separated, {@code \N} for NULL, backslash escapes. */
    private static final class Rows implements AutoCloseable {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
        private boolean firstColumn = true;

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        Rows uuid(UUID value) {
            return raw(value.toString());
        }

        Rows uuid(Optional<UUID> value) {
            return value.isPresent() ? uuid(value.get()) : raw("\\N");
        }

        Rows number(long value) {
            separate();
            buffer.append(value);
            return this;
        }

        Rows text(Optional<String> value) {
            return value.isPresent() ? text(value.get()) : raw("\\N");
        }

        Rows text(String value) {
            separate();
            escape(value);
            return this;
        }

        /** A {@code text[]} literal such as {@code {"a","b"}}, itself escaped for COPY. */
        Rows textArray(Iterable<String> values) {
            StringBuilder literal = new StringBuilder("{");
            for (String value : values) {
                if (literal.length() > 1) {
                    literal.append(',');
                }
                literal.append('"');
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"' || c == '\\') {
                        literal.append('\\');
                    }
                    literal.append(c);
                }
                literal.append('"');
            }
            return text(literal.append('}').toString());
        }

        void end() throws SQLException {
            buffer.append('\n');
            firstColumn = true;
            if (buffer.length() >= FLUSH_CHARS) {
                flush();
            }
        }

        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }

        /** Abandons an unfinished copy, so the connection stays usable for the rollback. */
        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }

        private Rows raw(String value) {
            separate();
            buffer.append(value);
            return this;
        }

        private void separate() {
            if (!firstColumn) {
                buffer.append('\t');
            }
            firstColumn = false;
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    case '\t' -> buffer.append("\\t");
                    default -> buffer.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            if (buffer.length() == 0) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
