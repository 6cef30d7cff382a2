package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.bootstrap.Backend;
import org.myknees.bootstrap.DataDirectory;

/**
 * A bank's corrections through the command line (issue #5): an OFX download that replaces one row and withdraws
 * another is counted in the JSON output, listed by {@code --explain}, left unwritten by {@code --dry-run}, and undone
 * by {@code import revert}.
 */
class ImportCorrectionsCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private CliRun run(Backend backend, String... args) {
        return CliRun.of(MykneesCli.on(backend, Map.of(DataDirectory.ENVIRONMENT_VARIABLE, dataDir.toString()), CLOCK), args);
    }

    private static String ofx(String rows) {
        return "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO"
                + "</STATUS><DTSERVER>20260301</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0"
                + "<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>9<ACCTTYPE>CHECKING"
                + "</BANKACCTFROM><BANKTRANLIST><DTSTART>20260301<DTEND>20260331\n" + rows
                + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
    }

    private static JsonNode transactions(CliRun listed) throws Exception {
        return JSON.readTree(listed.out()).get("items");
    }

    @Test
    void a_correcting_download_is_counted_explained_dry_run_and_reverted() throws Exception {
        Path first = dataDir.resolve("march.ofx");
        Files.writeString(first, ofx("""
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260305<TRNAMT>-15.99<FITID>A1<NAME>NETFLIX.COM</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260306<TRNAMT>-9.00<FITID>P1<NAME>CITY PARKING</STMTTRN>
                """));
        Path fix = dataDir.resolve("march-fix.ofx");
        Files.writeString(fix, ofx("""
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260307<TRNAMT>-17.99<FITID>A2<CORRECTFITID>A1
                <CORRECTACTION>REPLACE<NAME>NETFLIX.COM</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260306<TRNAMT>-9.00<FITID>P2<CORRECTFITID>P1
                <CORRECTACTION>DELETE</STMTTRN>
                """));
        try (Backend backend = Backend.open(new DataDirectory(dataDir), Map.of(), CLOCK)) {
            assertThat(run(backend, "accounts", "add", "CHK", "--currency", "USD").code()).isZero();
            assertThat(run(backend, "import", first.toString(), "--account", "CHK", "--categorize", "rules").code())
                    .isZero();

            CliRun dry = run(backend, "import", fix.toString(), "--account", "CHK", "--categorize", "rules",
                    "--dry-run", "--json");
            CliRun explained = run(backend, "import", fix.toString(), "--account", "CHK", "--categorize", "rules",
                    "--dry-run", "--explain");
            CliRun applied = run(backend, "import", fix.toString(), "--account", "CHK", "--categorize", "rules",
                    "--json", "--explain");

            assertThat(dry.code()).as(dry.err()).isZero();
            JsonNode wouldDo = JSON.readTree(dry.out()).get(0);
            assertThat(wouldDo.get("replaced").asInt()).isEqualTo(1);
            assertThat(wouldDo.get("withdrawn").asInt()).isEqualTo(1);
            assertThat(wouldDo.get("dryRun").asBoolean()).isTrue();
            assertThat(applied.code()).as(applied.err()).isZero();
            JsonNode did = JSON.readTree(applied.out()).get(0);
            assertThat(did.get("replaced").asInt()).isEqualTo(1);
            assertThat(did.get("withdrawn").asInt()).isEqualTo(1);
            assertThat(did.get("added").asInt()).isZero();
            assertThat(did.get("corrections")).extracting(c -> c.get("outcome").asText())
                    .containsExactly("WITHDRAWN", "REPLACED");
            assertThat(explained.out()).contains("1 corrected, 1 withdrawn", "correction line 6 (replaced): ",
                    "correction line 8 (withdrawn): ", "bank id A1", "bank id P1");
            JsonNode rows = transactions(run(backend, "transactions", "list", "--json"));
            assertThat(rows).singleElement().satisfies(tx -> assertThat(tx.toString()).contains("-17.99"));

            CliRun reverted = run(backend, "import", "revert", did.get("batch").asText());

            assertThat(reverted.code()).as(reverted.err()).isZero();
            JsonNode back = transactions(run(backend, "transactions", "list", "--json"));
            assertThat(back).hasSize(2);
            assertThat(back.toString()).contains("-15.99").contains("-9.00").doesNotContain("-17.99");
        }
    }
}
