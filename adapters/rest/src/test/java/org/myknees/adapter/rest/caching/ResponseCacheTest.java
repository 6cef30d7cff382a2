package org.myknees.adapter.rest.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.myknees.domain.household.HouseholdId;

class ResponseCacheTest {

    private static final HouseholdId HOME = HouseholdId.newId();
    private static final LocalDate DAY = LocalDate.parse("2026-11-24");

    private static ResponseCache.Key key(long revision, String uri) {
        return new ResponseCache.Key(HOME, revision, uri, DAY);
    }

    private static ResponseCache.Entry entry(int bytes) {
        return new ResponseCache.Entry(new byte[bytes], "application/json", "\"1-0123456789abcdef\"");
    }

    @Test
    void an_entry_is_found_by_household_revision_uri_and_day_only() {
        ResponseCache cache = new ResponseCache(1 << 20);
        ResponseCache.Entry stored = entry(100);
        cache.put(key(3, "/a?x=1"), stored);

        assertThat(cache.get(key(3, "/a?x=1"))).containsSame(stored);
        assertThat(cache.get(key(4, "/a?x=1"))).as("another revision").isEmpty();
        assertThat(cache.get(key(3, "/a?x=2"))).as("another query").isEmpty();
        assertThat(cache.get(new ResponseCache.Key(HouseholdId.newId(), 3, "/a?x=1", DAY))).isEmpty();
        assertThat(cache.get(new ResponseCache.Key(HOME, 3, "/a?x=1", DAY.plusDays(1)))).isEmpty();
    }

    @Test
    void the_least_recently_used_entries_go_when_the_bytes_exceed_the_bound() {
        ResponseCache.Entry body = entry(1000);
        long one = body.size(key(1, "/a"));
        ResponseCache cache = new ResponseCache(3 * one);
        cache.put(key(1, "/a"), body);
        cache.put(key(1, "/b"), body);
        cache.put(key(1, "/c"), body);
        cache.get(key(1, "/a"));

        cache.put(key(1, "/d"), body);

        assertThat(cache.get(key(1, "/b"))).as("least recently used").isEmpty();
        assertThat(cache.get(key(1, "/a"))).isPresent();
        assertThat(cache.get(key(1, "/c"))).isPresent();
        assertThat(cache.get(key(1, "/d"))).isPresent();
        assertThat(cache.size()).isEqualTo(3 * one);
    }

    @Test
    void an_entry_larger_than_the_bound_is_not_kept_and_a_bound_of_zero_keeps_nothing() {
        ResponseCache small = new ResponseCache(500);
        small.put(key(1, "/big"), entry(1000));
        ResponseCache off = new ResponseCache(0);
        off.put(key(1, "/a"), entry(1));

        assertThat(small.get(key(1, "/big"))).isEmpty();
        assertThat(small.size()).isZero();
        assertThat(off.enabled()).isFalse();
        assertThat(off.get(key(1, "/a"))).isEmpty();
        assertThatThrownBy(() -> new ResponseCache(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacing_an_entry_counts_its_bytes_once() {
        ResponseCache cache = new ResponseCache(1 << 20);
        cache.put(key(1, "/a"), entry(100));
        long once = cache.size();

        cache.put(key(1, "/a"), entry(100));

        assertThat(cache.size()).isEqualTo(once);
    }
}
