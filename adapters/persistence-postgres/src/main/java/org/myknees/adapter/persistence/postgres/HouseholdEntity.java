package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/** A row of {@code households} with its members in {@code household_members}, in the order they joined. */
@Entity(name = "Household")
@Table(name = "households")
class HouseholdEntity implements StoredAggregate<Household> {

    @Id
    @Column(name = "household_id")
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "household_members", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HouseholdEntity() {
    }

    static HouseholdEntity of(Household household) {
        HouseholdEntity entity = new HouseholdEntity();
        entity.id = household.id().value();
        entity.copyFrom(household);
        entity.version = household.version() + 1;
        return entity;
    }

    @Override
    public void copyFrom(Household household) {
        name = household.name();
        List<Member> next = new ArrayList<>();
        household.members().forEach((user, role) -> next.add(new Member(user.value(), role.name())));
        if (!next.equals(members)) {
            members.clear();
            members.addAll(next);
        }
    }

    @Override
    public Household toDomain() {
        Map<UserId, MemberRole> byUser = new LinkedHashMap<>();
        members.forEach(m -> byUser.put(new UserId(m.userId), MemberRole.valueOf(m.role)));
        return new Household(new HouseholdId(id), name, byUser, version);
    }

    @Override
    public long version() {
        return version;
    }

    /** A row of {@code household_members}. */
    @Embeddable
    static class Member {

        @Column(name = "user_id", nullable = false)
        private UUID userId;

        @Column(name = "role", nullable = false, length = 16)
        private String role;

        protected Member() {
        }

        Member(UUID userId, String role) {
            this.userId = userId;
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member other && Objects.equals(userId, other.userId)
                    && Objects.equals(role, other.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, role);
        }
    }
}
