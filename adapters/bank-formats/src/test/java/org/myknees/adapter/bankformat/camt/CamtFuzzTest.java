package org.myknees.adapter.bankformat.camt;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myknees.adapter.bankformat.fuzzing.ParserContract;

/**
 * Coverage-guided fuzzing of the CAMT parsers with Jazzer: any input must give a parsed file or a
 * StatementParseException. A normal build runs the stored inputs only; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CamtFuzzTest {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.05";

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({NAMESPACE, "<Document>", "<BkToCstmrAcctRpt>", "<Rpt>", "<Ntry>", "<Amt Ccy=\"EUR\">",
            "<CdtDbtInd>", "<BookgDt><Dt>", "<TxDtls>", "PK\u0003\u0004"})
    void camt052Parser(byte[] content) {
        ParserContract.assertParsesOrRejects(new Camt052Parser(), content);
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({NAMESPACE, "<Document>", "<BkToCstmrStmt>", "<Stmt>", "<Bal>", "<Ntry>",
            "<Amt Ccy=\"EUR\">", "<CdtDbtInd>", "<ValDt><DtTm>", "<RltdPties>", "<RmtInf>"})
    void camt053Parser(byte[] content) {
        ParserContract.assertParsesOrRejects(new Camt053Parser(), content);
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({NAMESPACE, "<Document>", "<BkToCstmrDbtCdtNtfctn>", "<Ntfctn>", "<Ntry>", "<TxDtls>",
            "<Amt Ccy=\"XXX\">", "<Sts><Cd>"})
    void camt054Parser(byte[] content) {
        ParserContract.assertParsesOrRejects(new Camt054Parser(), content);
    }
}
