package org.myknees.archfixture.violating.adapter.persistence.memory;

import org.myknees.archfixture.violating.adapter.persistence.postgres.PostgresConnections;

/** One adapter depending on another adapter of the same family. */
public final class PostgresBackedRepository {

    public String source(PostgresConnections connections) {
        return connections.url();
    }
}
