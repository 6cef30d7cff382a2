package org.myknees.domain.categorization;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.myknees.domain.category.CategoryKey;

/**
 * Which way the money moved settles categories that come in pairs: the same bank words print a transfer in
 * and a transfer out ({@code BIZUM}, {@code TRANSFER}), interest earned and interest charged ({@code ZINSEN}),
 * a tax payment and a tax refund. A credit that only says it arrived by bank transfer and comes from a
 * company ({@code ACME ENGINEERING LTD BGC}) is most often wages. Stateless.
 */
public final class CashFlowDirection {

    private static final CategoryKey WAGES = CategoryKey.taxonomy("INCOME_WAGES");
    private static final CategoryKey TRANSFER_IN = CategoryKey.taxonomy("TRANSFER_IN_ACCOUNT_TRANSFER");
    /**
     * Rent is money paid out: the same words on money coming in ({@code FPI J PATEL REF RENT SHARE}) are a
     * flatmate's share or a refund, a transfer in.
     */
    private static final CategoryKey RENT = CategoryKey.taxonomy("RENT_AND_UTILITIES_RENT");
    private static final CategoryKey TRANSFER_OUT = CategoryKey.taxonomy("TRANSFER_OUT_ACCOUNT_TRANSFER");
    private static final CategoryKey SAVINGS_IN = CategoryKey.taxonomy("TRANSFER_IN_SAVINGS");
    private static final CategoryKey SAVINGS_OUT = CategoryKey.taxonomy("TRANSFER_OUT_SAVINGS");
    /** Words that name a savings account in US, UK, German, French, Dutch, Spanish and Italian bank texts. */
    private static final Set<String> SAVINGS_WORDS = Set.of("SAVINGS", "SAVING", "SAVER", "LIVRET", "LDDS", "LEP",
            "TAGESGELD", "TAGESGELDKONTO", "SPARKONTO", "SPARBUCH", "SPAARREKENING", "SPAARREKENINGEN", "AHORRO",
            "RISPARMIO");
    /**
     * What UK banks print on a credit that came through the bank credit system employers pay wages by ({@code … BGC},
     * Nationwide's {@code Bank credit …}, {@code BACS CREDIT …}).
     */
    private static final Set<String> BANK_CREDIT_WORDS = Set.of("BGC", "BACS", "BANK CREDIT", "BANK GIRO CREDIT");
    /**
     * The trades whose shops and practices pay their staff but seldom their customers by bank credit; insurers,
     * utilities, lenders, travel firms and public bodies do pay customers back that way.
     */
    private static final Set<String> EMPLOYING_TRADES = Set.of("FOOD_AND_DRINK", "GENERAL_MERCHANDISE",
            "HOME_IMPROVEMENT", "MEDICAL", "PERSONAL_CARE", "TRANSPORTATION", "ENTERTAINMENT", "GENERAL_SERVICES");
    /** What UK banks print on a Faster Payment received ({@code FPI …}, Santander's {@code FASTER PAYMENTS RECEIPT}). */
    private static final Set<String> PERSONAL_CREDIT_WORDS = Set.of("FPI", "FASTER PAYMENTS RECEIPT",
            "FASTER PAYMENT RECEIVED", "FASTER PAYMENT RECEIPT");
    private static final String INSURANCE = "GENERAL_SERVICES_INSURANCE";
    /** Words that say a credit gives money back rather than pays for work. */
    private static final Set<String> REFUND_WORDS = Set.of("REFUND", "REFUNDS", "RETURN", "REBATE", "CLAIM");
    /** Each category of a pair mapped to the category of the other direction. */
    private static final Map<String, String> OTHER_DIRECTION = new HashMap<>();
    /** Categories of money coming in, among the pairs. */
    private static final Map<String, Boolean> INBOUND = new HashMap<>();

    static {
        pair("TRANSFER_OUT_ACCOUNT_TRANSFER", "TRANSFER_IN_ACCOUNT_TRANSFER");
        pair("TRANSFER_OUT_SAVINGS", "TRANSFER_IN_SAVINGS");
        pair("TRANSFER_OUT_INVESTMENT_AND_RETIREMENT_FUNDS", "TRANSFER_IN_INVESTMENT_AND_RETIREMENT_FUNDS");
        pair("TRANSFER_OUT_OTHER_TRANSFER_OUT", "TRANSFER_IN_OTHER_TRANSFER_IN");
        pair("TRANSFER_OUT_WITHDRAWAL", "TRANSFER_IN_DEPOSIT");
        pair("BANK_FEES_INTEREST_CHARGE", "INCOME_INTEREST_EARNED");
        pair("GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT", "INCOME_TAX_REFUND");
    }

    private CashFlowDirection() {
    }

    private static void pair(String outbound, String inbound) {
        OTHER_DIRECTION.put(outbound, inbound);
        OTHER_DIRECTION.put(inbound, outbound);
        INBOUND.put(outbound, false);
        INBOUND.put(inbound, true);
    }

    /**
     * The category of the pair that matches the sign of the amount (negative = money out), and a transfer in for
     * rent received; any other category, and any category of a zero amount, unchanged.
     */
    public static CategoryKey orient(CategoryKey category, long minorUnits) {
        if (minorUnits > 0 && category.equals(RENT)) {
            return TRANSFER_IN;
        }
        Boolean inbound = INBOUND.get(category.value());
        if (inbound == null || minorUnits == 0 || inbound == (minorUnits > 0)) {
            return category;
        }
        return CategoryKey.taxonomy(OTHER_DIRECTION.get(category.value()));
    }

    /**
     * A transfer between accounts that names a savings account ({@code SO SAVINGS ACCOUNT}, {@code TRANSFER TO SHARE
     * 0001 SAVINGS}, {@code VIR LIVRET A}, {@code DAUERAUFTRAG TAGESGELD}) moves money to or from savings; any other
     * category unchanged.
     *
     * @param normalizedText the descriptor in matching form (upper case, words separated by single spaces)
     */
    public static CategoryKey towardsSavings(CategoryKey category, String normalizedText) {
        boolean out = category.equals(TRANSFER_OUT);
        if (!out && !category.equals(TRANSFER_IN)) {
            return category;
        }
        for (String word : normalizedText.split(" ")) {
            if (SAVINGS_WORDS.contains(word)) {
                return out ? SAVINGS_OUT : SAVINGS_IN;
            }
        }
        return category;
    }

    /**
     * A bank credit from a shop, practice or firm ({@code BOOTS UK LTD BGC}, {@code Bank credit CITY DENTAL CARE}) is
     * the pay of someone who works there, not a purchase: wages, unless the text says it is money given back; any
     * other category unchanged.
     *
     * @param normalizedText the descriptor in matching form (upper case, words separated by single spaces)
     */
    public static CategoryKey fromEmployer(CategoryKey category, long minorUnits, String normalizedText) {
        return !category.value().equals(INSURANCE)
                && purchaseCredited(category, minorUnits, normalizedText, BANK_CREDIT_WORDS) ? WAGES : category;
    }

    /**
     * A Faster Payment received that a trade's word places among purchases ({@code FPI K OKAFOR TAXI MONEY}, {@code
     * FASTER PAYMENTS RECEIPT REF.PETROL FROM …}) is what a person paid back for it, a transfer in, and from a company
     * the pay for work; any other category unchanged. Only for a trade read from a word, not for a named merchant.
     *
     * @param normalizedText the descriptor in matching form (upper case, words separated by single spaces)
     * @param fromCompany    whether the text names a firm; asked only for such a credit (reading it costs an analysis)
     */
    public static CategoryKey paidBack(CategoryKey category, long minorUnits, String normalizedText,
                                       BooleanSupplier fromCompany) {
        if (!purchaseCredited(category, minorUnits, normalizedText, PERSONAL_CREDIT_WORDS)) {
            return category;
        }
        return fromCompany.getAsBoolean() ? WAGES : TRANSFER_IN;
    }

    /** Money in, by one of these channels, under a trade's category, with no word that it was given back. */
    private static boolean purchaseCredited(CategoryKey category, long minorUnits, String normalizedText,
                                            Set<String> channelWords) {
        String code = category.value();
        if (minorUnits <= 0 || EMPLOYING_TRADES.stream().noneMatch(trade -> code.startsWith(trade + "_"))) {
            return false;
        }
        String padded = " " + normalizedText + " ";
        if (channelWords.stream().noneMatch(words -> padded.contains(" " + words + " "))) {
            return false;
        }
        for (String word : normalizedText.split(" ")) {
            if (REFUND_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #orient(CategoryKey, long)}, for a category read from nothing but the payment channel
     * ({@code BGC}, {@code FPI}, {@code SEPA GUTSCHRIFT}): a credit from a company is taken for wages.
     */
    public static CategoryKey orientChannel(CategoryKey category, long minorUnits, boolean fromCompany) {
        CategoryKey oriented = orient(category, minorUnits);
        return fromCompany && oriented.equals(TRANSFER_IN) ? WAGES : oriented;
    }
}
