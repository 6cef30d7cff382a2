package org.myknees.archfixture.violating.bootstrap;

/** Bootstrap, which nothing may depend on. */
public final class Wiring {

    private Wiring() {
    }

    public static String name() {
        return "wiring";
    }
}
