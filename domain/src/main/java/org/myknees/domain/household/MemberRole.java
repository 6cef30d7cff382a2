package org.myknees.domain.household;

/** What a member may do in a household. */
public enum MemberRole {
    /** Reads and writes everything, and manages members. */
    OWNER,
    /** Reads and writes the household's data. */
    EDITOR,
    /** Reads only. */
    VIEWER;

    public boolean canWrite() {
        return this != VIEWER;
    }

    public boolean canManageMembers() {
        return this == OWNER;
    }
}
