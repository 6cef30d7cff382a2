package org.myknees.adapter.bankformat.camt;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small hand-written CAMT messages for the unit tests and as seeds for mutation tests. */
final class CamtSamples {

    /** A camt.053.001.02 statement of one EUR account with the given entries. */
    static String statement(String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2024-03-02T06:00:00+01:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>STMT1</Id>
                      <CreDtTm>2024-03-02T06:00:00+01:00</CreDtTm>
                      <Acct>
                        <Id><IBAN>DE89370400440532013000</IBAN></Id>
                        <Ccy>EUR</Ccy>
                        <Nm>Household</Nm>
                        <Svcr><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></Svcr>
                      </Acct>
                      <Bal>
                        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
                        <Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt>
                      </Bal>
                      <Bal>
                        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
                        <Amt Ccy="EUR">12.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt>
                      </Bal>
                """ + entries + """
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """;
    }

    static final String CARD_PAYMENT = """
                      <Ntry>
                        <NtryRef>N1</NtryRef>
                        <Amt Ccy="EUR">42.50</Amt>
                        <CdtDbtInd>DBIT</CdtDbtInd>
                        <Sts>BOOK</Sts>
                        <BookgDt><Dt>2024-03-01</Dt></BookgDt>
                        <ValDt><Dt>2024-02-29</Dt></ValDt>
                        <AcctSvcrRef>BANKREF-1</AcctSvcrRef>
                        <NtryDtls><TxDtls>
                          <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
                          <RltdPties>
                            <Dbtr><Nm>Household</Nm></Dbtr>
                            <Cdtr><Nm>Bakery &amp; Sons</Nm></Cdtr>
                          </RltdPties>
                          <RmtInf><Ustrd>Invoice 7</Ustrd><Ustrd>March</Ustrd></RmtInf>
                        </TxDtls></NtryDtls>
                        <AddtlNtryInf>CARD PAYMENT</AddtlNtryInf>
                      </Ntry>
            """;

    static String batch(String first, String second) {
        return """
                <Ntry>
                  <Amt Ccy="EUR">42.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2024-03-01</Dt></BookgDt>
                  <AcctSvcrRef>BATCH-9</AcctSvcrRef>
                  <NtryDtls>
                    <Btch><NbOfTxs>2</NbOfTxs></Btch>
                    <TxDtls>
                      <Refs><TxId>TX-1</TxId></Refs>
                      <AmtDtls><TxAmt><Amt Ccy="EUR">%s</Amt></TxAmt></AmtDtls>
                      <RltdPties><Cdtr><Nm>Gas Co</Nm></Cdtr></RltdPties>
                      <RmtInf><Ustrd>Gas March</Ustrd></RmtInf>
                    </TxDtls>
                    <TxDtls>
                      <Refs><TxId>TX-2</TxId></Refs>
                      <Amt Ccy="EUR">%s</Amt><CdtDbtInd>DBIT</CdtDbtInd>
                      <RltdPties><Cdtr><Nm>Water Co</Nm></Cdtr></RltdPties>
                      <RmtInf><Ustrd>Water March</Ustrd></RmtInf>
                    </TxDtls>
                  </NtryDtls>
                </Ntry>
                """.formatted(first, second);
    }

    private CamtSamples() {
    }

    static List<byte[]> all() {
        String report = statement(CARD_PAYMENT).replace("camt.053.001.02", "camt.052.001.08")
                .replace("BkToCstmrStmt", "BkToCstmrAcctRpt").replace("<Stmt>", "<Rpt>").replace("</Stmt>", "</Rpt>");
        String notification = statement(batch("30.00", "12.50")).replace("camt.053.001.02", "camt.054.001.04")
                .replace("BkToCstmrStmt", "BkToCstmrDbtCdtNtfctn").replace("<Stmt>", "<Ntfctn>")
                .replace("</Stmt>", "</Ntfctn>");
        return List.of(statement(CARD_PAYMENT + batch("30.00", "10.00")), report, notification).stream()
                .map(sample -> sample.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
