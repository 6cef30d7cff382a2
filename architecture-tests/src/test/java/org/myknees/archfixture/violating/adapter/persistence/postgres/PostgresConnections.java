package org.myknees.archfixture.violating.adapter.persistence.postgres;

/** Part of the postgres adapter that another adapter wrongly uses. */
public final class PostgresConnections {

    public String url() {
        return "jdbc:postgresql://localhost/ledger";
    }
}
