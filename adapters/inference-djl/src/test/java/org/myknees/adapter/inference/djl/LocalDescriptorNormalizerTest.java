package org.myknees.adapter.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalDescriptorNormalizerTest {

    @Test
    void transactionsOfOneMerchantShareOneKey() {
        String[] visits = {
            "STARBUCKS STORE 14623 SAN FRANCISCO CA",
            "CHECKCARD 0824 STARBUCKS STORE 14623 SAN FRANCISCO CA 74024927747987029249602",
            "POS DEBIT 1109 STARBUCKS STORE 05841 DENVER CO",
            "PURCHASE AUTHORIZED ON 04/03 STARBUCKS STORE 88812 BOSTON MA S356840938742707 CARD 4821",
            "RETURN STARBUCKS STORE 14623 SEATTLE WA",
        };
        for (String visit : visits) {
            assertThat(LocalDescriptorNormalizer.normalize(visit)).as(visit).isEqualTo("STARBUCKS STORE");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AMZN Mktp US*2K4XY7L03|AMZN MKTP",
        "AMZN Mktp US*DKYKSJ|AMZN MKTP",
        "H&M4495 SEATTLE WA|H&M",
        "BP#12345 ATLANTA GA|BP",
        "7-ELEVEN 03297 SAN JOSE CA|7-ELEVEN",
        "76 - 12345 DENVER CO|76",
        "1PASSWORD 888-203-0817 ON|1PASSWORD ON",
        "CVS/PHARMACY #08912 BOSTON MA|CVS PHARMACY",
        "CARD PAYMENT TO TESCO STORES 2341 ON 12 MAR|TESCO STORES",
        "KARTENZAHLUNG REWE SAGT DANKE 4512 BERLIN|REWE SAGT DANKE",
        "UBER   *TRIP HELP.UBER.COM CA|UBER TRIP HELP.UBER.COM",
        "123456 0412|''",
    })
    void numbersReferencesPrefixesAndPlacesGoWhileNamesStay(String raw, String key) {
        assertThat(LocalDescriptorNormalizer.normalize(raw)).isEqualTo(key);
    }
}
