/**
 * Transaction use cases: record, annotate, pin a category, split, link transfers, tag to one-time events, and
 * list with filters and stable cursor pagination.
 */
package org.myknees.application.transaction;
