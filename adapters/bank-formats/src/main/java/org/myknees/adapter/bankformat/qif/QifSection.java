package org.myknees.adapter.bankformat.qif;

import java.util.Locale;
import java.util.Set;

/**
 * What a {@code !} header says the records after it are.
 *
 * @param header the header as written, without the {@code !}
 * @param kind   how the records are read
 * @param type   the account type word of a transaction section ({@code Bank}, {@code CCard}, {@code Oth L})
 */
record QifSection(String header, Kind kind, String type) {

    private static final Set<String> TRANSACTION_TYPES = Set.of("bank", "ccard", "cash", "oth a", "oth l");
    /** Lists that describe the user's setup (categories, classes, templates, prices), not movements of money. */
    private static final Set<String> SETUP_LISTS = Set.of("cat", "class", "memorized", "prices", "security",
            "budget", "invitem", "template", "tag", "payee");

    enum Kind { ACCOUNT, TRANSACTIONS, INVESTMENT, SETUP_LIST, UNKNOWN }

    static QifSection of(String header) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (key.equals("account")) {
            return new QifSection(header, Kind.ACCOUNT, "");
        }
        if (key.startsWith("type:")) {
            String type = header.substring(5).strip();
            String typeKey = key.substring(5).strip();
            if (TRANSACTION_TYPES.contains(typeKey)) {
                return new QifSection(header, Kind.TRANSACTIONS, type);
            }
            if (typeKey.equals("invst")) {
                return new QifSection(header, Kind.INVESTMENT, type);
            }
            if (SETUP_LISTS.contains(typeKey)) {
                return new QifSection(header, Kind.SETUP_LIST, type);
            }
        }
        return new QifSection(header, Kind.UNKNOWN, "");
    }

    /** {@code !Option:...} and {@code !Clear:...} switch reader modes and do not start a section. */
    static boolean isOption(String header) {
        String key = header.toLowerCase(Locale.ROOT);
        return key.startsWith("option:") || key.startsWith("clear:");
    }
}
