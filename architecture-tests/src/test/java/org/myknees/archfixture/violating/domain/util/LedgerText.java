package org.myknees.archfixture.violating.domain.util;

/** Lives in a package named after a building block instead of a feature. */
public final class LedgerText {

    private LedgerText() {
    }
}
