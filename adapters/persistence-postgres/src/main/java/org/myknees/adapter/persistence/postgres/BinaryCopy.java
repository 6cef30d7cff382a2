package org.myknees.adapter.persistence.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.copy.CopyIn;

/**
 * Rows in {@code COPY ... FROM STDIN (FORMAT binary)}: each value in its type's binary form, so PostgreSQL stores it
 * without parsing text (no UUID, date or number input functions, no escapes). Values must be written in the order
 * and with the types of the {@code COPY}'s column list; a wrong type is refused by the server, which aborts the
 * copy and with it the unit of work.
 *
 * <p>Not thread-safe; one instance per copy. {@link #finish} ends the copy; {@link #close} abandons an unfinished one.
 */
final class BinaryCopy implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int FLUSH_BYTES = 1 << 17;
    /** PostgreSQL counts dates from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int TEXT_OID = 25;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_BYTES + 8192];
    private int length;

    BinaryCopy(CopyIn copy) throws SQLException {
        this.copy = copy;
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        length = SIGNATURE.length;
        putInt(0);
        putInt(0);
    }

    /** Starts a row of the given number of columns. */
    BinaryCopy row(int columns) throws SQLException {
        if (length >= FLUSH_BYTES) {
            flush();
        }
        putShort(columns);
        return this;
    }

    BinaryCopy nul() {
        putInt(-1);
        return this;
    }

    BinaryCopy uuid(UUID value) {
        putInt(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    BinaryCopy uuid(Optional<UUID> value) {
        return value.isPresent() ? uuid(value.get()) : nul();
    }

    BinaryCopy date(LocalDate value) {
        putInt(4);
        putInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    BinaryCopy date(Optional<LocalDate> value) {
        return value.isPresent() ? date(value.get()) : nul();
    }

    BinaryCopy int8(long value) {
        putInt(8);
        putLong(value);
        return this;
    }

    BinaryCopy int4(int value) {
        putInt(4);
        putInt(value);
        return this;
    }

    BinaryCopy int2(int value) {
        putInt(2);
        putShort(value);
        return this;
    }

    BinaryCopy float8(double value) {
        putInt(8);
        putLong(Double.doubleToLongBits(value));
        return this;
    }

    /** Any text-like column ({@code text}, {@code varchar}, {@code char}), as UTF-8. */
    BinaryCopy text(String value) {
        int start = length;
        putInt(0);
        putUtf8(value);
        writeIntAt(start, length - start - 4);
        return this;
    }

    BinaryCopy text(Optional<String> value) {
        return value.isPresent() ? text(value.get()) : nul();
    }

    /** A one-dimensional {@code text[]} (empty when there are no values). */
    BinaryCopy textArray(Collection<String> values) {
        int start = length;
        putInt(0);
        if (values.isEmpty()) {
            putInt(0);
            putInt(0);
            putInt(TEXT_OID);
        } else {
            putInt(1);
            putInt(0);
            putInt(TEXT_OID);
            putInt(values.size());
            putInt(1);
            for (String value : values) {
                text(value);
            }
        }
        writeIntAt(start, length - start - 4);
        return this;
    }

    void finish() throws SQLException {
        putShort(-1);
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

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    private void putUtf8(String value) {
        // The JDK copies an ASCII string's bytes in one vectorized step: about three times a loop over its chars.
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void putShort(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        writeIntAt(length, value);
        length += 4;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void writeIntAt(int position, int value) {
        buffer[position] = (byte) (value >>> 24);
        buffer[position + 1] = (byte) (value >>> 16);
        buffer[position + 2] = (byte) (value >>> 8);
        buffer[position + 3] = (byte) value;
    }

    private void ensure(int bytes) {
        if (length + bytes > buffer.length) {
            byte[] larger = new byte[Math.max(buffer.length * 2, length + bytes)];
            System.arraycopy(buffer, 0, larger, 0, length);
            buffer = larger;
        }
    }
}
