package org.myknees.adapter.bankformat.mt940;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;

/**
 * Coverage-guided fuzzing of the MT940 and MT942 parsers with Jazzer: any input must give a parsed file or a
 * StatementParseException. A normal build runs the stored inputs only; {@code JAZZER_FUZZ=1} fuzzes.
 */
class Mt940FuzzTest {

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({":20:", ":25:", ":28C:", ":60F:", ":61:", ":62F:", ":86:", ":34F:", ":90D:", "{4:", "-}",
            "?00", "?20", "?32", "/NAME/", "/REMI/", "NONREF", "//"})
    void mt940Parser(byte[] content) {
        ParserContract.assertParsesOrRejects(new Mt940Parser(), content);
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({":20:", ":25:", ":34F:", ":13D:", ":61:", ":86:", ":90D:", ":90C:", "{2:I942"})
    void mt942Parser(byte[] content) {
        ParserContract.assertParsesOrRejects(new Mt942Parser(), content);
    }
}
