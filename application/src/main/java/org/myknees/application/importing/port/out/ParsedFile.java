package org.myknees.application.importing.port.out;

import java.util.List;

/**
 * Everything read from one file.
 *
 * @param statements  one per account (and period) found in the file, in file order
 * @param orders      purchases with line items, for order formats (ScrapedKnees); empty for bank statements
 * @param quarantined rows that could not be read, each with its line and reason; never silently dropped
 * @param warnings    file-level observations that do not stop the import (e.g. unreconciled balances)
 */
public record ParsedFile(List<ParsedStatement> statements, List<ParsedOrder> orders,
                         List<QuarantinedRow> quarantined, List<String> warnings) {

    public ParsedFile {
        statements = List.copyOf(statements);
        orders = List.copyOf(orders);
        quarantined = List.copyOf(quarantined);
        warnings = List.copyOf(warnings);
    }

    public int transactionCount() {
        return statements.stream().mapToInt(s -> s.transactions().size()).sum();
    }
}
