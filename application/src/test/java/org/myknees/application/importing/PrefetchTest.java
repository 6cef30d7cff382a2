package org.myknees.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void the_reader_gets_every_element_in_order_and_then_the_end() {
        List<Integer> source = IntStream.range(0, 1_000).boxed().toList();
        List<Integer> read = new ArrayList<>();
        try (Prefetch<Integer> prefetch = new Prefetch<>(source.iterator(), 2, "prefetch-test-order")) {
            prefetch.forEachRemaining(read::add);
            assertThat(prefetch.hasNext()).isFalse();
            assertThatThrownBy(prefetch::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(read).isEqualTo(source);
    }

    @Test
    void what_the_source_throws_reaches_the_reader_after_the_elements_before_it_and_again_on_each_call() {
        IllegalStateException broken = new IllegalStateException("row 3 could not be built");
        Iterator<Integer> source = new Counting(3, broken);
        try (Prefetch<Integer> prefetch = new Prefetch<>(source, 2, "prefetch-test-failure")) {
            assertThat(List.of(prefetch.next(), prefetch.next(), prefetch.next())).containsExactly(0, 1, 2);
            assertThatThrownBy(prefetch::hasNext).isSameAs(broken);
            assertThatThrownBy(prefetch::next).isSameAs(broken);
        }
    }

    @Test
    void closing_before_the_end_stops_the_thread_and_the_source_is_read_no_further() {
        Counting endless = new Counting(Integer.MAX_VALUE, null);
        Prefetch<Integer> prefetch = new Prefetch<>(endless, 2, "prefetch-test-close");
        assertThat(prefetch.next()).isZero();

        prefetch.close();

        assertThat(threadsNamed("prefetch-test-close")).isEmpty();
        int taken = endless.taken.get();
        assertThat(taken).isLessThanOrEqualTo(4);
        assertThat(endless.taken.get()).isEqualTo(taken);
    }

    @Test
    void a_reader_interrupted_while_waiting_gets_a_cancellation_and_keeps_its_interrupt() {
        Iterator<Integer> never = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("stopped");
            }
        };
        try (Prefetch<Integer> prefetch = new Prefetch<>(never, 2, "prefetch-test-interrupt")) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(prefetch::hasNext).isInstanceOf(CancellationException.class);
            assertThat(Thread.interrupted()).as("interrupt flag set again").isTrue();
        }
        assertThat(threadsNamed("prefetch-test-interrupt")).isEmpty();
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).toList();
    }

    /** 0, 1, 2, … up to {@code size}, then the failure if there is one. */
    private static final class Counting implements Iterator<Integer> {
        final AtomicInteger taken = new AtomicInteger();
        private final int size;
        private final RuntimeException failure;

        Counting(int size, RuntimeException failure) {
            this.size = size;
            this.failure = failure;
        }

        @Override
        public boolean hasNext() {
            return taken.get() < size || failure != null;
        }

        @Override
        public Integer next() {
            if (taken.get() == size) {
                throw failure;
            }
            return taken.getAndIncrement();
        }
    }
}
