package org.myknees.adapter.persistence.postgres;

/**
 * An entity that stores one aggregate: it maps itself to the domain and takes a new state from it. The version is
 * Hibernate's optimistic-locking version and equals the aggregate's.
 */
interface StoredAggregate<D> {

    D toDomain();

    /** Takes every field of {@code aggregate} except id, household and version. */
    void copyFrom(D aggregate);

    long version();
}
