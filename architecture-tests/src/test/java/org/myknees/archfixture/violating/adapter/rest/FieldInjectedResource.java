package org.myknees.archfixture.violating.adapter.rest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Injects into fields and a setter instead of the constructor. */
public class FieldInjectedResource {

    @jakarta.inject.Inject
    Object jakartaInjected;

    @javax.inject.Inject
    Object javaxInjected;

    @ConfigProperty(name = "myknees.rest.page-size")
    int pageSize;

    private Object setterInjected;

    @jakarta.inject.Inject
    void setSetterInjected(Object value) {
        this.setterInjected = value;
    }

    @Override
    public String toString() {
        return jakartaInjected + " " + javaxInjected + " " + pageSize + " " + setterInjected;
    }
}
