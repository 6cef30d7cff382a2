/**
 * JSON writers for the responses that are large or requested often (transaction pages, month buckets): they stream
 * the response records with Jackson's generator instead of JSON-B's reflection, writing the same document. Found by
 * JAX-RS as providers; nothing else uses them.
 */
package org.myknees.adapter.rest.streaming;
