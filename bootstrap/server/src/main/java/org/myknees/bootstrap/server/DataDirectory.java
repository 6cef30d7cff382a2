package org.myknees.bootstrap.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;

/**
 * The server's data directory (the embedded database, the token signing key): {@code myknees.data.dir}, which
 * MicroProfile Config also reads from the environment variable {@code MYKNEES_DATA_DIR}, else {@code ~/.myknees},
 * as for the command line.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "myknees.data.dir")
    Optional<String> configured;

    /** The directory, absolute. */
    public Path path() {
        return PostgresDatabase.dataDirectory(configured.filter(value -> !value.isBlank()).map(Path::of),
                System.getenv());
    }
}
