package org.myknees.adapter.bankformat.camt;

/** Reads ISO 20022 CAMT.052 account reports ({@code BkToCstmrAcctRpt}, intraday) in every version. */
public final class Camt052Parser extends CamtParser {

    public Camt052Parser() {
        super(CamtMessage.REPORT);
    }
}
