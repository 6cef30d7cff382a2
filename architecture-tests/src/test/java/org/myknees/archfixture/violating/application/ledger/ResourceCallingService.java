package org.myknees.archfixture.violating.application.ledger;

import org.myknees.archfixture.violating.adapter.rest.FieldInjectedResource;

/** Breaks the dependency direction: the application reaches into an adapter. */
public final class ResourceCallingService {

    public String call(FieldInjectedResource resource) {
        return resource.toString();
    }
}
