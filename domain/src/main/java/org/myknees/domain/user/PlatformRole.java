package org.myknees.domain.user;

/** What a user may do on the platform as a whole, apart from any household membership. */
public enum PlatformRole {
    /** Every signed-up person. */
    USER,
    /** Operates the service. */
    ADMIN;

    /** The name carried in access tokens ({@code user}, {@code admin}). */
    public String claim() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
