package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one parse spreads its work over: the caller's own and, for a large file, helper threads that live only
 * as long as the parse. Work given to one thread runs on the caller's thread alone.
 */
final class Cores implements AutoCloseable {

    private final int count;
    /** Null when the caller's thread is the only one. */
    private final ExecutorService helpers;

    private Cores(int count) {
        this.count = count;
        if (count > 1) {
            AtomicInteger made = new AtomicInteger();
            this.helpers = Executors.newFixedThreadPool(count - 1, work -> {
                Thread thread = new Thread(work, "csv-parse-" + made.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        } else {
            this.helpers = null;
        }
    }

    /** Work on {@code count} threads (the caller's included); one or less means the caller's thread alone. */
    static Cores of(int count) {
        return new Cores(Math.max(1, count));
    }

    int count() {
        return count;
    }

    /**
     * Runs the tasks, the first on the caller's thread and the others on the helpers, and gives their results in the
     * tasks' order; an exception a task throws is thrown here as it was.
     */
    <T> List<T> run(List<Callable<T>> tasks) {
        List<Future<T>> others = new ArrayList<>();
        for (int i = 1; i < tasks.size(); i++) {
            others.add(helpers == null ? null : helpers.submit(tasks.get(i)));
        }
        List<T> results = new ArrayList<>(tasks.size());
        try {
            if (!tasks.isEmpty()) {
                results.add(tasks.get(0).call());
            }
            for (int i = 1; i < tasks.size(); i++) {
                results.add(helpers == null ? tasks.get(i).call() : others.get(i - 1).get());
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the parse was interrupted", e);
        } catch (Exception e) {
            throw rethrown(e);
        }
        return results;
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
