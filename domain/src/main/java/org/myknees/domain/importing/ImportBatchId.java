package org.myknees.domain.importing;

import java.util.Objects;
import java.util.UUID;

/** Identifies an import batch. Created by the application, never by a store. */
public record ImportBatchId(UUID value) {

    public ImportBatchId {
        Objects.requireNonNull(value, "ImportBatchId value");
    }

    public static ImportBatchId newId() {
        return new ImportBatchId(UUID.randomUUID());
    }

    public static ImportBatchId of(String text) {
        return new ImportBatchId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
