package org.myknees.adapter.bankformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * Feeds a few thousand deterministic mutations (fixed seed) of small samples through every parser: each must
 * give a ParsedFile or a StatementParseException, never another exception.
 */
class ParserMutationTest {

    private static final int MUTATIONS_PER_SAMPLE = 250;
    private static final byte[] INTERESTING = ",;\t|\"\n\r{}[]:-().$€ 0123456789'\\".getBytes(StandardCharsets.UTF_8);

    private static final Map<String, List<byte[]>> SAMPLES = Map.of(
            "csv", List.of(
                    utf8("Date,Description,Amount,Balance\n01/02/2024,\"Coffee, large\",\"(3.50)\",96.50\n"
                            + "01/03/2024,Salary,\"2,000.00\",2096.50\n"),
                    bytes("Buchungstag;Auftraggeber/Empfänger;Betrag;Währung\n10.10.2017;Müller;-1.098,76;EUR\n",
                            "windows-1252"),
                    utf8("Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit\n"
                            + "2015-12-31,2016-01-02,1234,Airplanes,Travel,1000.00,\n")),
            "plaid", List.of(utf8("{\"accounts\":[{\"account_id\":\"a\",\"balances\":{\"iso_currency_code\":\"USD\"}}],"
                    + "\"added\":[{\"account_id\":\"a\",\"amount\":72.1,\"iso_currency_code\":\"USD\",\"date\":\"2023-09-24\","
                    + "\"authorized_date\":\"2023-09-22\",\"name\":\"WM\",\"pending\":false,\"transaction_id\":\"t\"}],"
                    + "\"removed\":[{\"transaction_id\":\"r\"}],\"has_more\":false}")),
            "gocardless", List.of(utf8("{\"transactions\":{\"booked\":[{\"transactionId\":\"t\",\"bookingDate\":\"2025-05-02\","
                    + "\"transactionAmount\":{\"amount\":\"-8.43\",\"currency\":\"EUR\"},"
                    + "\"remittanceInformationUnstructuredArray\":[\"CB\",\"Food\"]}],\"pending\":[]}}")),
            "simplefin", List.of(utf8("{\"errors\":[],\"accounts\":[{\"org\":{\"domain\":\"b.com\"},\"id\":\"1\","
                    + "\"currency\":\"USD\",\"balance\":\"100.23\",\"balance-date\":978366153,\"transactions\":[{\"id\":\"x\","
                    + "\"posted\":793090572,\"amount\":\"-33.43\",\"description\":\"Bait\",\"transacted_at\":793080572}]}]}")),
            "scrapedknees-orders", List.of(utf8("[{\"retailer\":\"Amazon\",\"orderNumber\":\"1\",\"orderDate\":\"2024-03-02\","
                    + "\"subtotal\":\"19.98\",\"tax\":\"1.00\",\"shipping\":\"0\",\"total\":\"20.98\",\"currency\":\"USD\","
                    + "\"items\":[{\"description\":\"Towels\",\"quantity\":2,\"unitPrice\":\"9.99\",\"total\":\"19.98\"}]}]")));

    @Test
    void mutatedSamplesGiveAParsedFileOrAParseExceptionOnly() {
        Random random = new Random(20_240_601L);
        int runs = 0;
        for (StatementParser parser : ParserContract.PARSERS) {
            for (byte[] sample : SAMPLES.get(parser.format().code())) {
                ParserContract.holdsFor(parser, sample);
                for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                    ParserContract.holdsFor(parser, mutate(sample, random));
                    runs++;
                }
            }
        }
        assertThat(runs).isGreaterThanOrEqualTo(1500);
    }

    private static byte[] mutate(byte[] sample, Random random) {
        byte[] data = sample.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && data.length > 0; e++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(6)) {
                case 0 -> data[at] = (byte) random.nextInt(256);
                case 1 -> data[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> data = splice(data, at, Math.min(data.length, at + 1 + random.nextInt(8)), new byte[0]);
                case 3 -> data = splice(data, at, at, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]});
                case 4 -> {
                    int end = Math.min(data.length, at + 1 + random.nextInt(40));
                    byte[] copy = java.util.Arrays.copyOfRange(data, at, end);
                    data = splice(data, end, end, copy);
                }
                default -> data = java.util.Arrays.copyOf(data, at);
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + insert.length);
        out.write(data, 0, from);
        out.write(insert, 0, insert.length);
        out.write(data, to, data.length - to);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }
}
