package org.myknees.archfixture.compliant.adapter.rest;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.myknees.archfixture.compliant.application.ledger.port.in.LedgerCommands.OpenLedgerCommand;
import org.myknees.archfixture.compliant.application.ledger.port.in.ListLedgersQuery;
import org.myknees.archfixture.compliant.application.ledger.port.in.OpenLedgerUseCase;

/** A driving adapter with constructor injection and request/response records. */
public final class LedgerResource {

    private final OpenLedgerUseCase openLedger;
    private final ListLedgersQuery ledgers;
    private final int pageSize;

    @Inject
    public LedgerResource(OpenLedgerUseCase openLedger, ListLedgersQuery ledgers,
                          @ConfigProperty(name = "myknees.rest.page-size") int pageSize) {
        this.openLedger = openLedger;
        this.ledgers = ledgers;
        this.pageSize = pageSize;
    }

    public LedgerResponse open(OpenLedgerRequest request) {
        openLedger.open(new OpenLedgerCommand(request.name()));
        return new LedgerResponse(ledgers.list().stream().limit(pageSize)
                .map(s -> new LedgerResponse.Line(s.name(), Long.toString(s.balanceMinor()))).toList());
    }

    /** Nested records of a resource are free to be named as they like. */
    public record Link(String href) {
    }

    public static List<Link> links() {
        return List.of(new Link("/ledgers"));
    }
}
