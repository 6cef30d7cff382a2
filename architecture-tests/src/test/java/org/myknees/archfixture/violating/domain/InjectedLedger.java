package org.myknees.archfixture.violating.domain;

import jakarta.inject.Inject;

/** Brings a framework annotation into the domain. */
public final class InjectedLedger {

    @Inject
    public InjectedLedger() {
    }
}
