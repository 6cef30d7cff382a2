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
            :61:2312310102D233,15NMSCNONREF//BR24030100004711
            :86:105?00Basislastschrift?10931?20EREF+2024-0042-7?21MREF+KD
            -778899?22SVWZ+Abschlag Maerz?30MUSTDEMMXXX?31DE000000000000000
            1234?32Stadtwerke Musterstadt Kun?33denservice?60Ref 42
            :61:2401020102RD3,00NTRF0000123456700010//031415926/000001
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
            :28:00042/1
            :60F:C110522EUR2500,00
            :61:1105240524D9,N192NONREF
            :86:/TRTP/SEPA OVERBOEKING/IBAN/NL00INGB0001234567/BIC/INGBNL2A/NAME/Bakke
            rij De Korenschoof/REMI/Factuur 2024-0042/EREF/NOTPROVIDED
            :61:1105210523D11,59N426NONREF
            :86:/CNTP/NL00ABNA0123456789/ABNANL2A/P Jansen///REMI/USTD//03-01
            -2024 Parkeren centrum/
            :61:110527D000000001213,28N0440987654321      J.K. de Vries
            :86:REK: NL00ABNA0111111111/NAAM: HOVENIERS DE LINDE VOF
            :62F:C110523EUR2004,41
            -
            """;

    static final String INTERIM = """
            :20:INTRADAY0001
            :25:GB00TEST12345678901234
            :28C:00042/00001
            :34F:EURD0,00
            :13D:2403051730+0100
            :61:2403050306D0,42NMSCNONREF//IR240305000001
            CARD FEE
            :86:REMIT:Card fee
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
