package org.myknees.domain.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myknees.domain.category.CategoryKey;

class CashFlowDirectionTest {

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TRANSFER_OUT_ACCOUNT_TRANSFER         |  1500 | TRANSFER_IN_ACCOUNT_TRANSFER
            TRANSFER_IN_ACCOUNT_TRANSFER          | -1500 | TRANSFER_OUT_ACCOUNT_TRANSFER
            TRANSFER_OUT_WITHDRAWAL               | 40000 | TRANSFER_IN_DEPOSIT
            INCOME_INTEREST_EARNED                |  -673 | BANK_FEES_INTEREST_CHARGE
            GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT | 41200 | INCOME_TAX_REFUND
            TRANSFER_OUT_SAVINGS                  | -5000 | TRANSFER_OUT_SAVINGS
            FOOD_AND_DRINK_RESTAURANT             |  2500 | FOOD_AND_DRINK_RESTAURANT
            RENT_AND_UTILITIES_RENT               | 45000 | TRANSFER_IN_ACCOUNT_TRANSFER
            RENT_AND_UTILITIES_RENT               | -45000 | RENT_AND_UTILITIES_RENT
            TRANSFER_OUT_ACCOUNT_TRANSFER         |     0 | TRANSFER_OUT_ACCOUNT_TRANSFER
            """)
    void theSignOfTheAmountPicksTheCategoryOfAPair(String category, long minorUnits, String expected) {
        assertThat(CashFlowDirection.orient(CategoryKey.taxonomy(category), minorUnits).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TRANSFER_OUT_ACCOUNT_TRANSFER | SO SAVINGS ACCOUNT           | TRANSFER_OUT_SAVINGS
            TRANSFER_IN_ACCOUNT_TRANSFER  | VIR RECU LIVRET A            | TRANSFER_IN_SAVINGS
            TRANSFER_OUT_ACCOUNT_TRANSFER | DAUERAUFTRAG TAGESGELD       | TRANSFER_OUT_SAVINGS
            TRANSFER_OUT_ACCOUNT_TRANSFER | FPO J SMITH BIRTHDAY         | TRANSFER_OUT_ACCOUNT_TRANSFER
            LOAN_PAYMENTS_MORTGAGE_PAYMENT | HOMETOWN SAVINGS BANK MORTGAGE PMT | LOAN_PAYMENTS_MORTGAGE_PAYMENT
            """)
    void aTransferThatNamesASavingsAccountIsSavings(String category, String text, String expected) {
        assertThat(CashFlowDirection.towardsSavings(CategoryKey.taxonomy(category), text).value()).isEqualTo(expected);
    }

        @Test
    void aChannelCreditFromACompanyIsWagesAndFromAPersonATransfer() {
        CategoryKey bankGiroCredit = CategoryKey.taxonomy("TRANSFER_IN_ACCOUNT_TRANSFER");

        assertThat(CashFlowDirection.orientChannel(bankGiroCredit, 215000, true).value()).isEqualTo("INCOME_WAGES");
        assertThat(CashFlowDirection.orientChannel(bankGiroCredit, 2500, false).value())
                .isEqualTo("TRANSFER_IN_ACCOUNT_TRANSFER");
        assertThat(CashFlowDirection.orientChannel(bankGiroCredit, -2500, true).value())
                .isEqualTo("TRANSFER_OUT_ACCOUNT_TRANSFER");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MEDICAL_DENTAL_CARE                | 184500 | HILLCREST DENTAL CARE BGC            | INCOME_WAGES
            FOOD_AND_DRINK_GROCERIES           | 161230 | BANK CREDIT ALDI STORES LTD          | INCOME_WAGES
            GENERAL_MERCHANDISE_DISCOUNT_STORES |  1299 | B M RETAIL REFUND BGC                | GENERAL_MERCHANDISE_DISCOUNT_STORES
            GENERAL_SERVICES_INSURANCE         |  45000 | NORTHSHIRE MUTUAL CLAIM BGC          | GENERAL_SERVICES_INSURANCE
            RENT_AND_UTILITIES_GAS_AND_ELECTRICITY | 8200 | BRIGHTWATT ENERGY BGC              | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            MEDICAL_DENTAL_CARE                | -6500  | HILLCREST DENTAL CARE BGC            | MEDICAL_DENTAL_CARE
            FOOD_AND_DRINK_GROCERIES           |  2200  | ALDI STORES                          | FOOD_AND_DRINK_GROCERIES
            """)
    void aBankCreditFromAShopOrPracticeIsThePayOfSomeoneWhoWorksThere(String category, long minorUnits, String text,
                                                                        String expected) {
        assertThat(CashFlowDirection.fromEmployer(CategoryKey.taxonomy(category), minorUnits, text).value())
                .isEqualTo(expected);
    }

    @Test
    void aFasterPaymentReceivedForWhatATradeSellsIsPaidBackByAPersonOrPaidByAFirm() {
        CategoryKey taxi = CategoryKey.taxonomy("TRANSPORTATION_TAXIS_AND_RIDE_SHARES");

        assertThat(CashFlowDirection.paidBack(taxi, 1500, "FPI L ASANTE CAB HOME", () -> false).value())
                .isEqualTo("TRANSFER_IN_ACCOUNT_TRANSFER");
        assertThat(CashFlowDirection.paidBack(taxi, 42000, "FASTER PAYMENTS RECEIPT DRIVING FROM HALE CABS LTD",
                () -> true).value()).isEqualTo("INCOME_WAGES");
        assertThat(CashFlowDirection.paidBack(taxi, 1500, "STREAMLINE TAXIS", () -> false)).isEqualTo(taxi);
        assertThat(CashFlowDirection.paidBack(taxi, -1500, "FPI L ASANTE CAB HOME", () -> false)).isEqualTo(taxi);
    }
}
