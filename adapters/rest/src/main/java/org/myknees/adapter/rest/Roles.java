package org.myknees.adapter.rest;

/** The role names access tokens carry in their {@code groups} claim. */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
