package org.myknees.archfixture.violating.adapter.rest;

/** A public REST record named neither *Request nor *Response. */
public record LedgerView(String name) {
}
