/**
 * Thread-safe in-memory implementation of every outgoing port, for tests, demos and applications that embed
 * MyKnees without a database. {@link org.myknees.adapter.persistence.memory.InMemoryPersistence} builds a
 * complete set. Only {@code bootstrap} and embedding applications may depend on it.
 */
package org.myknees.adapter.persistence.memory;
