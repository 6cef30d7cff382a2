/**
 * The import resources: statement files uploaded as multipart/form-data, the household's import batches, and
 * their revert. Drives the application's import use cases; nothing else depends on this package.
 */
package org.myknees.adapter.rest.importing;
