package org.myknees.adapter.bankformat.camt;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.myknees.domain.account.ImportFormat;

/** The three bank-to-customer messages: their number, message element and the element of each record. */
enum CamtMessage {
    REPORT("052", "BkToCstmrAcctRpt", "Rpt", ImportFormat.CAMT_052, "account report"),
    STATEMENT("053", "BkToCstmrStmt", "Stmt", ImportFormat.CAMT_053, "statement"),
    NOTIFICATION("054", "BkToCstmrDbtCdtNtfctn", "Ntfctn", ImportFormat.CAMT_054, "debit/credit notification");

    private static final Pattern VERSION_SUFFIX = Pattern.compile("V[0-9]{2}$");

    private final String number;
    private final String messageElement;
    private final String recordElement;
    private final ImportFormat format;
    private final String description;

    CamtMessage(String number, String messageElement, String recordElement, ImportFormat format,
                String description) {
        this.number = number;
        this.messageElement = messageElement;
        this.recordElement = recordElement;
        this.format = format;
        this.description = description;
    }

    /** The message of an element name; version 1 suffixes it ({@code BkToCstmrAcctRptV01}). */
    static Optional<CamtMessage> byElement(String element) {
        String name = VERSION_SUFFIX.matcher(element).replaceFirst("");
        return Arrays.stream(values()).filter(m -> m.messageElement.equals(name)).findFirst();
    }

    String number() {
        return number;
    }

    String messageElement() {
        return messageElement;
    }

    String recordElement() {
        return recordElement;
    }

    ImportFormat format() {
        return format;
    }

    String description() {
        return description;
    }
}
