package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;

class ServiceRegistrationTest {

    @Test
    void theCsvAggregatorAndOrderParsersAreFoundByServiceLoader() {
        List<ImportFormat> formats = ServiceLoader.load(StatementParser.class).stream()
                .map(provider -> provider.get().format()).toList();

        assertThat(formats).contains(ImportFormat.CSV, ImportFormat.PLAID, ImportFormat.GOCARDLESS,
                ImportFormat.SIMPLEFIN, ImportFormat.SCRAPEDKNEES_ORDERS);
    }
}
