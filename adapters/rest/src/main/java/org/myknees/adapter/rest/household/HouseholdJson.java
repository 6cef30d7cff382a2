package org.myknees.adapter.rest.household;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.domain.household.Household;

/** The request and response records of the household resources. */
public final class HouseholdJson {

    private HouseholdJson() {
    }

    @Schema(name = "CreateHouseholdRequest")
    public record CreateHouseholdRequest(@Schema(required = true, example = "The Lovelaces") String name) {
    }

    @Schema(name = "AddMemberRequest", description = "Adds a user, found by e-mail address, with a role")
    public record AddMemberRequest(@Schema(required = true, example = "bob@example.org") String email,
                            @Schema(required = true, enumeration = {"owner", "editor", "viewer"}) String role) {
    }

    @Schema(name = "ChangeMemberRoleRequest")
    public record ChangeMemberRoleRequest(@Schema(required = true, enumeration = {"owner", "editor", "viewer"})
                                   String role) {
    }

    @Schema(name = "MemberResponse")
    public record MemberResponse(@Schema(required = true, format = "uuid") String userId,
                          @Schema(required = true, enumeration = {"owner", "editor", "viewer"}) String role) {
    }

    @Schema(name = "HouseholdResponse")
    public record HouseholdResponse(@Schema(required = true, format = "uuid") String id,
                             @Schema(required = true) String name,
                             @Schema(required = true) List<MemberResponse> members,
                             @Schema(required = true) long version) {

        static HouseholdResponse of(Household h) {
            List<MemberResponse> members = h.members().entrySet().stream()
                    .map(e -> new MemberResponse(e.getKey().toString(), e.getValue().name().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(MemberResponse::userId))
                    .toList();
            return new HouseholdResponse(h.id().toString(), h.name(), members, h.version());
        }
    }
}
