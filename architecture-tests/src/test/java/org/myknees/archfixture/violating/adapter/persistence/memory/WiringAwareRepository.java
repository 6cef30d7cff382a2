package org.myknees.archfixture.violating.adapter.persistence.memory;

import org.myknees.archfixture.violating.bootstrap.Wiring;

/** An adapter depending on bootstrap. */
public final class WiringAwareRepository {

    public String wiredBy() {
        return Wiring.name();
    }
}
