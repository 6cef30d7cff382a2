package org.myknees.application.importing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.StatementParseException;

class StatementParsersTest {

    private final StatementParsers noParsers = new StatementParsers(List.of());

    @Test
    void aPdfNamedCsvIsRefusedAsAPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> noParsers.detect(pdf, "statement.csv")).isInstanceOf(StatementParseException.class)
                .hasMessageStartingWith("statement.csv").hasMessageContaining("PDF document");
    }

    @Test
    void aWorkbookRenamedCsvIsRefusedAsAWorkbook() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};

        assertThatThrownBy(() -> noParsers.detect(xlsx, "export.csv")).hasMessageContaining("Excel (.xlsx)");
    }

    @Test
    void aSavedWebPageIsRefusedAsHtmlEvenAfterABomAndBlankLines() {
        byte[] html = "\uFEFF\n\n<!DOCTYPE HTML><html><body>Session expired</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> noParsers.detect(html, "export.csv")).hasMessageContaining("HTML web page");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> noParsers.detect(new byte[0], "export.csv")).hasMessageContaining("empty");
    }

    @Test
    void unknownTextIsQuotedAndStillAsksForAFormat() {
        byte[] text = "No transactions were found for the selected period.\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> noParsers.detect(text, "notes.txt"))
                .hasMessageContaining("(it begins: 'No transactions were found for the selected period.')")
                .hasMessageContaining("pass a format explicitly");
    }

    @Test
    void aScreenshotIsRefusedAsAnImage() {
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};

        assertThatThrownBy(() -> noParsers.detect(png, "export.csv")).hasMessageContaining("image");
    }
}
