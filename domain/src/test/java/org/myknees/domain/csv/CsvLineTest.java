package org.myknees.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void splitsPlainFieldsKeepingEmptyOnes() {
        assertThat(CsvLine.split("a,,c,")).containsExactly("a", "", "c", "");
    }

    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() {
        assertThat(CsvLine.split("merchant,\"Ben & Jerry's, Inc.\",\"say \"\"hi\"\"\""))
                .containsExactly("merchant", "Ben & Jerry's, Inc.", "say \"hi\"");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(CsvLine.split("12\" pizza,x")).containsExactly("12\" pizza", "x");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> CsvLine.split("a,\"open")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not closed");
    }
}
