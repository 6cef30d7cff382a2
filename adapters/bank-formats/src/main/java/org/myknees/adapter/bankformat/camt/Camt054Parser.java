package org.myknees.adapter.bankformat.camt;

/** Reads ISO 20022 CAMT.054 debit/credit notifications ({@code BkToCstmrDbtCdtNtfctn}) in every version. */
public final class Camt054Parser extends CamtParser {

    public Camt054Parser() {
        super(CamtMessage.NOTIFICATION);
    }
}
