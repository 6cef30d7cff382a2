package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    @Test
    void quotedFieldsKeepDelimitersLineBreaksAndDoubledQuotes() {
        List<CsvRecord> records = CsvTokenizer.tokenize("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row\n", ',');

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b,c", "say \"hi\"", "two\nlines");
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).fields()).containsExactly("next", "row");
    }

    @Test
    void crLfAndLoneCrEndLines() {
        List<CsvRecord> records = CsvTokenizer.tokenize("a;b\r\nc;d\re;f", ';');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
        assertThat(records.get(2).fields()).containsExactly("e", "f");
    }

    @Test
    void emptyFieldsAndTrailingDelimiterAreKept() {
        assertThat(CsvTokenizer.tokenize("1,,3,\n", ',').get(0).fields()).containsExactly("1", "", "3", "");
    }

    @Test
    void spacesBeforeAnOpeningQuoteAreDroppedAndTextAfterTheClosingQuoteKept() {
        assertThat(CsvTokenizer.tokenize("x, \"quoted\",\"ab\"cd", ',').get(0).fields())
                .containsExactly("x", "quoted", "abcd");
    }

    @Test
    void anUnclosedQuoteBreaksOnlyItsOwnLine() {
        List<CsvRecord> records = CsvTokenizer.tokenize("ok,1\nbad,\"never closed\nfine,2\nalso,3\n", ',');

        assertThat(records).hasSize(4);
        assertThat(records.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("field 2"));
        assertThat(records.get(1).text()).isEqualTo("bad,\"never closed");
        assertThat(records.get(2).fields()).containsExactly("fine", "2");
        assertThat(records.get(3).line()).isEqualTo(4);
    }

    @Test
    void quotesPairAcrossLinesAndOnlyTheLastOpenOneBreaksItsLine() {
        String text = "\"a\n".repeat(2001);

        List<CsvRecord> records = CsvTokenizer.tokenize(text, ',');

        assertThat(records).hasSize(1001);
        assertThat(records.get(0).fields()).containsExactly("a\na");
        assertThat(records.subList(0, 1000)).allSatisfy(r -> assertThat(r.problem()).isEmpty());
        assertThat(records.get(1000).problem()).isPresent();
        assertThat(records.get(1000).line()).isEqualTo(2001);
    }

    @Test
    void aLaterFieldThatOpensWithAnOddQuoteRunStillCloses() {
        List<CsvRecord> records = CsvTokenizer.tokenize("\"open\nx,\"\"\"\",y\n", ',');

        assertThat(records.get(1).problem()).isEmpty();
        assertThat(records.get(1).fields()).containsExactly("x", "\"", "y");
    }

    @Test
    void fieldsReadOneByOneAgreeWithTheListAndBlanknessWithTheText() {
        String text = "a, ,\"  \",\"q\"\"x\",\t,wide " + "x".repeat(40) + ",\u2003\n" + "b,".repeat(20) + "\n";

        List<CsvRecord> records = CsvTokenizer.tokenize(text, ',');

        assertThat(records).hasSize(2);
        for (CsvRecord record : records) {
            List<String> fields = record.fields();
            assertThat(record.size()).isEqualTo(fields.size());
            for (int i = -1; i <= fields.size(); i++) {
                String field = i >= 0 && i < fields.size() ? fields.get(i) : "";
                assertThat(record.field(i)).as("field %d", i).isEqualTo(field);
                assertThat(record.isBlank(i)).as("blank %d", i).isEqualTo(field.isBlank());
            }
        }
        assertThat(records.get(0).fields()).containsExactly("a", " ", "  ", "q\"x", "\t", "wide " + "x".repeat(40),
                "\u2003");
        assertThat(records.get(1).size()).isEqualTo(21);
    }
}
