/** A household's transactions over HTTP: filtered cursor listing, recording, edits with optimistic locking. */
package org.myknees.adapter.rest.transaction;
