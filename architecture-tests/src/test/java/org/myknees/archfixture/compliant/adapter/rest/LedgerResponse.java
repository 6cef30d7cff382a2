package org.myknees.archfixture.compliant.adapter.rest;

import java.util.List;

/** A response body with a nested line record. */
public record LedgerResponse(List<Line> lines) {

    public record Line(String name, String balance) {
    }
}
