package org.myknees.archfixture.compliant.adapter.rest;

/** A request body. */
public record OpenLedgerRequest(String name) {
}
