/**
 * The PostgreSQL store: every outgoing port of the application implemented with Hibernate ORM over a
 * {@link javax.sql.DataSource}, with Flyway migrations, a {@code COPY} bulk path and report aggregates kept in the
 * same unit of work as the rows. Only {@link org.myknees.adapter.persistence.postgres.PostgresPersistence} is public;
 * the wiring module (bootstrap) is its only user.
 */
package org.myknees.adapter.persistence.postgres;
