/**
 * Benchmarks that anyone can run through {@code bin/myknees bench}: synthetic household data at scale and the
 * timings of the store's bulk path and queries. Used by the command line only.
 */
package org.myknees.bootstrap.bench;
