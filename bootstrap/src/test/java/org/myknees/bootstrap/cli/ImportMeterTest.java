package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.cli.ImportMeter.Phase;

/** The progress text of an import, with a clock the test moves by hand. */
class ImportMeterTest {

    private final StringWriter terminal = new StringWriter();
    private final AtomicLong nanos = new AtomicLong(1_000);

    private ImportMeter meter(boolean json, boolean onTerminal) {
        return new ImportMeter(Progress.start(new PrintWriter(terminal), Progress.shown(json, onTerminal), "big.csv"),
                nanos::get);
    }

    /** What the line shows now: the text after the last carriage return, without the padding. */
    private String line() {
        String text = terminal.toString();
        return text.substring(text.lastIndexOf('\r') + 1).stripTrailing();
    }

    @Test
    void each_phase_names_its_rows_and_the_rate_from_its_own_time() {
        assertThat(ImportMeter.describe(Phase.PARSED, 200_000, 2_000_000_000L))
                .isEqualTo("parsed 200,000 rows (100,000 rows/s)");
        assertThat(ImportMeter.describe(Phase.STORED, 3, 1_500_000_000L)).isEqualTo("stored 3 rows (2 rows/s)");
        assertThat(ImportMeter.describe(Phase.STORING, 1, 5)).isEqualTo("storing 1 row…");
        assertThat(ImportMeter.describe(Phase.PARSED, 10, 0)).isEqualTo("parsed 10 rows");
    }

    @Test
    void on_a_terminal_the_line_goes_from_parsed_to_storing_to_stored_with_each_rate() {
        ImportMeter meter = meter(false, true);
        assertThat(line()).isEqualTo("big.csv…");

        nanos.addAndGet(4_000_000_000L);
        meter.parsed(200_000);
        assertThat(line()).isEqualTo("big.csv: parsed 200,000 rows (50,000 rows/s)");
        nanos.addAndGet(1_000_000_000L);
        meter.storing(150_000);
        assertThat(line()).isEqualTo("big.csv: parsed 200,000 rows (50,000 rows/s); storing 150,000 rows…");
        nanos.addAndGet(3_000_000_000L);
        meter.stored(150_000);
        assertThat(line())
                .isEqualTo("big.csv: parsed 200,000 rows (50,000 rows/s); stored 150,000 rows (50,000 rows/s)");
    }

    @Test
    void nothing_is_written_with_json_or_when_output_is_not_a_terminal() {
        for (ImportMeter meter : new ImportMeter[] {meter(true, true), meter(false, false), meter(true, false)}) {
            meter.parsed(10);
            meter.storing(10);
            meter.stored(10);
        }

        assertThat(terminal.toString()).isEmpty();
        assertThat(Progress.shown(false, true)).isTrue();
    }
}
