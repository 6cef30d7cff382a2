package org.myknees.adapter.rest.onetimeevent;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.domain.onetimeevent.OneTimeEvent;

/** The request and response records of the one-time event resources. */
public final class OneTimeEventJson {

    private OneTimeEventJson() {
    }

    @Schema(name = "OneTimeEventRequest")
    public record OneTimeEventRequest(@Schema(required = true, example = "Lisbon trip") String name,
                               @Schema(required = true, example = "2025-06-01") LocalDate from,
                               @Schema(required = true, example = "2025-06-10") LocalDate to) {
    }

    @Schema(name = "OneTimeEventResponse")
    public record OneTimeEventResponse(@Schema(required = true, format = "uuid") String id,
                                @Schema(required = true) String name,
                                @Schema(required = true) LocalDate from,
                                @Schema(required = true) LocalDate to,
                                @Schema(required = true) long version) {

        static OneTimeEventResponse of(OneTimeEvent e) {
            return new OneTimeEventResponse(e.id().toString(), e.name(), e.from(), e.to(), e.version());
        }
    }
}
