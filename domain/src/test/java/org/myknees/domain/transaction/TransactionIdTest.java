package org.myknees.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionIdTest {

    @Test
    void ids_made_one_after_another_are_distinct_version_7_uuids_in_ascending_order() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            TransactionId id = TransactionId.newId();
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
        long before = System.currentTimeMillis();
        long millis = TransactionId.newId().value().getMostSignificantBits() >>> 16;
        long after = System.currentTimeMillis();

        // More than 4,096 ids in a millisecond push the counter into the next one: ahead of the clock, never behind.
        assertThat(millis).isGreaterThanOrEqualTo(before).isLessThan(after + 1_000);
    }
}
