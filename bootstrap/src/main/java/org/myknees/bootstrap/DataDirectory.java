package org.myknees.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.domain.household.UserId;

/**
 * Where MyKnees keeps its data on this machine: the embedded database ({@code postgres/}) and the id of the local
 * user ({@code local-user}), who owns the households made from the command line. Chosen by {@code --data-dir},
 * else the environment variable {@code MYKNEES_DATA_DIR}, else {@code ~/.myknees}.
 */
public record DataDirectory(Path path) {

    public static final String ENVIRONMENT_VARIABLE = PostgresDatabase.DATA_DIR;
    private static final String LOCAL_USER_FILE = "local-user";

    public DataDirectory {
        path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    }

    public static DataDirectory resolve(Optional<Path> option, Map<String, String> environment) {
        return new DataDirectory(PostgresDatabase.dataDirectory(option, environment));
    }

    /** The local user of this data directory, created on first use. */
    public UserId localUser() {
        Path file = path.resolve(LOCAL_USER_FILE);
        try {
            Files.createDirectories(path);
            if (!Files.exists(file)) {
                try {
                    Files.writeString(file, UserId.newId() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // Another MyKnees process created it first: use theirs.
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            try {
                return UserId.of(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + " should hold the local user's id (a UUID) but holds '"
                        + text + "'", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
