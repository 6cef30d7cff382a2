package org.myknees.adapter.bankformat.mt940;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small hand-written files that use every feature the MT940/MT942 reader knows; seeds for mutation tests. */
final class Mt940Samples {

    static final String ENVELOPED_GERMAN = """
            {1:F01BANKDEFFAXXX0000000000}{2:I940BANKDEFFXXXXN}{4:
            :20:STARTUMS
            :25:12345678/0000123456
            :28C:00001/001
            :60F:C231229EUR1000,00
            :61:2312310102D233,15NMSCNONREF//B4E07XM00J000023
            :86:105?00Basislastschrift?10931?20EREF+123/123/12345?21MREF+BY
            A12345678901?22SVWZ+Steuer 2023?30BYLADEMM?31DE9970050000000001
            2345?32Finanzamt Muenchen Abteilun?33g Erhebung?60Ref 42
            :61:2401020102RD3,00NTRF0000549855700010//025498557/000001
            :86:GUTSCHRIFT ohne Struktur
            zweite Zeile
            :61:2402300301CR6,00N024NONREF
            :62M:C240102EUR775,85
            -}{5:{CHK:123456789ABC}}
            {1:F01BANKDEFFAXXX0000000000}{2:I940BANKDEFFXXXXN}{4:
            :20:STARTUMS
            :25:12345678/0000123456
            :28C:00001/002
            :60M:C240102EUR775,85
            :62F:C240102EUR775,85
            :64:C240102EUR775,85
            -}
            """;

    static final String DUTCH_WITH_PREAMBLE = """
            ABNANL2A
            940
            ABNANL2A
            :20:ABN AMRO BANK NV
            :25:NL91ABNA0417164300EUR
            :28:19321/1
            :60F:C110522EUR3236,28
            :61:1105240524D9,N192NONREF
            :86:/TRTP/SEPA OVERBOEKING/IBAN/NL86INGB0002445588/BIC/INGBNL2A/NAME/Bakke
            rij De Korenschoof/REMI/Factuur 2024-0042/EREF/NOTPROVIDED
            :61:1105210523D11,59N426NONREF
            :86:/CNTP/NL57ABNA0876543211/ABNANL2A/B Bert///REMI/USTD//22-08
            -2014 Omschrijving/
            :61:110527D000000001213,28N0440121470966      W.P. Jansen
            :86:REK: NL26ABNA0999999999/NAAM: BEDRIJF VOF
            :62F:C110523EUR2004,41
            -
            """;

    static final String INTERIM = """
            :20:CGNGHKLI0290980
            :25:GJB0291077111
            :28C:03917/00001
            :34F:EURD0,00
            :13D:1610301730+0000
            :61:1610301031D0,42MCI0NONREF//055001022000001
            YAY MT942 CHG
            :86:REMIT:Costs
            :90D:1EUR0,42
            :90C:0EUR0,00
            """;

    private Mt940Samples() {
    }

    static List<byte[]> all() {
        return List.of(ENVELOPED_GERMAN, DUTCH_WITH_PREAMBLE, INTERIM).stream()
                .map(sample -> sample.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
