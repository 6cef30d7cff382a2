package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Összeg".getBytes(StandardCharsets.UTF_8));

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, Optional.empty());

        assertThat(decoded.text()).isEqualTo("Összeg");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsRead() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Date,Betrag".getBytes(StandardCharsets.UTF_16LE));

        assertThat(TextDecoder.decode(bytes, Optional.empty()).text()).isEqualTo("Date,Betrag");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognizedByItsZeroBytes() {
        byte[] bytes = "Date,Amount\n2024-01-02,1.00\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextDecoder.decode(bytes, Optional.empty()).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void validUtf8IsUtf8() {
        byte[] bytes = "Café,Müller,東京".getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, Optional.empty());

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo("Café,Müller,東京");
    }

    @ParameterizedTest
    @CsvSource({
            "windows-1252, 'Date,Payee,Amount\n2025.12.04,Café €Rémy,100.25\n2025.12.05,Boulangerie Müller,-42.10\n'",
            "EUC-JP, 'Date,Payee,Amount\n2024-03-02,東京スーパー,45.75\n2024-03-03,山中純一,120.00\n'",
            "EUC-KR, 'Date,Payee,Amount\n2024-04-01,서울식품,-25.50\n2024-04-02,김지후,60.00\n'",
            "GB18030, 'Date,Payee,Amount\n2024-05-01,北京餐厅,-35.00\n2024-05-02,上海超市,55.50\n'",
            "windows-1251, 'Дата;Описание;Сумма\n04.03.2024;Оплата в магазине;-1250,50\n'",
            "windows-31j, '日付,お取引内容,お支払金額\n2024/3/4,カード　セブンイレブン,1250\n'",
            "windows-1250, 'Datum zaúčtování;Částka;Měna\n4.3.2024;-1054,00;CZK\n'",
            "x-MacRoman, 'Date,Description,Amount\n04/03/2024,Café de Flore,-14.00\n05/03/2024,Bäckerei Müller,-3.20\n'"
    })
    void legacyCharsetsAreDetectedFromHowPlausibleTheirTextIs(String charsetName, String text) {
        Charset charset = Charset.forName(charsetName);

        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(charset), Optional.empty());

        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.warnings()).singleElement().asString().contains(charset.name());
    }

    @Test
    void westernTextStaysWindows1252ThoughTheCentralEuropeanAndCyrillicReadingsDecodeItToo() {
        byte[] bytes = "Empfänger;Betrag\nStadtwerke München;-54,00\nCafé Crème;-3,20\n"
                .getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoder.decode(bytes, Optional.empty()).charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void aForcedCharsetWinsOverDetection() {
        byte[] bytes = "naïve".getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1));

        assertThat(decoded.text()).isEqualTo("naÃ¯ve");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
