package org.myknees.domain.merchant;

/** Merchant directory data that breaks its format: names the source, line, field and what is wrong. */
public final class InvalidMerchantDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidMerchantDirectoryException(String source, int line, String field, String reason) {
        super(source + " line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + reason);
    }
}
