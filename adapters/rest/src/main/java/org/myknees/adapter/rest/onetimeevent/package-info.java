/** A household's one-time events (trips, moves) over HTTP. */
package org.myknees.adapter.rest.onetimeevent;
