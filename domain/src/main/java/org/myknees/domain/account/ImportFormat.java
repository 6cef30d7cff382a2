package org.myknees.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a bank file format or layout, such as {@code ofx}, {@code camt.053} or the CSV profile
 * {@code csv:ally-bank}. An account may name one as its default so imports need no {@code --format}.
 */
public record ImportFormat(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.\\-]*(:[a-z0-9][a-z0-9.\\-]*)?");

    public static final ImportFormat OFX = new ImportFormat("ofx");
    public static final ImportFormat QIF = new ImportFormat("qif");
    public static final ImportFormat CSV = new ImportFormat("csv");
    public static final ImportFormat MT940 = new ImportFormat("mt940");
    public static final ImportFormat MT942 = new ImportFormat("mt942");
    public static final ImportFormat CAMT_052 = new ImportFormat("camt.052");
    public static final ImportFormat CAMT_053 = new ImportFormat("camt.053");
    public static final ImportFormat CAMT_054 = new ImportFormat("camt.054");
    public static final ImportFormat PLAID = new ImportFormat("plaid");
    public static final ImportFormat GOCARDLESS = new ImportFormat("gocardless");
    public static final ImportFormat SIMPLEFIN = new ImportFormat("simplefin");
    public static final ImportFormat SCRAPEDKNEES_ORDERS = new ImportFormat("scrapedknees-orders");

    public ImportFormat {
        Objects.requireNonNull(code, "code");
        code = code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a format code (such as ofx, csv or csv:ally-bank)");
        }
    }

    /** The family before a profile: {@code csv} for {@code csv:ally-bank}. */
    public String family() {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }

    @Override
    public String toString() {
        return code;
    }
}
