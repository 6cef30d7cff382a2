package org.myknees.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionIdTest {

    @Test
    void ids_made_one_after_another_are_distinct_version_7_uuids_in_ascending_order() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            TransactionId id = TransactionId.timeOrdered(Clock.systemUTC());
            assertThat(id.value().version()).isEqualTo(7);
            assertThat(id.value().variant()).isEqualTo(2);
            made.add(id.toString());
        }

        // The text form sorts like the bytes a database compares, so this is the order an index sees.
        assertThat(made).isSorted();
        assertThat(new HashSet<>(made)).hasSize(made.size());
    }

    @Test
    void a_new_id_carries_the_time_it_was_made_in_its_first_48_bits() {
        Instant later = Instant.now().plusSeconds(3_600);
        long millis = TransactionId.timeOrdered(Clock.fixed(later, ZoneOffset.UTC)).value()
                .getMostSignificantBits() >>> 16;

        assertThat(millis).isEqualTo(later.toEpochMilli());
    }

    @Test
    void a_clock_that_stands_still_or_steps_back_still_gives_ascending_ids() {
        Clock now = Clock.systemUTC();
        TransactionId first = TransactionId.timeOrdered(now);
        Clock past = Clock.offset(now, Duration.ofDays(-1));

        TransactionId second = TransactionId.timeOrdered(past);
        TransactionId third = TransactionId.timeOrdered(past);

        assertThat(List.of(first.toString(), second.toString(), third.toString())).isSorted().doesNotHaveDuplicates();
    }
}
