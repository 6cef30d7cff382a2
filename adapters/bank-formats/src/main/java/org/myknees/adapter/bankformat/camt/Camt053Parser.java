package org.myknees.adapter.bankformat.camt;

/** Reads ISO 20022 CAMT.053 statements ({@code BkToCstmrStmt}) in every version. */
public final class Camt053Parser extends CamtParser {

    public Camt053Parser() {
        super(CamtMessage.STATEMENT);
    }
}
