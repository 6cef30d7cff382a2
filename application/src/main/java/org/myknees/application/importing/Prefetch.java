package org.myknees.application.importing;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * Runs an iterator on a thread of its own, a few elements ahead of the one reading it: an import builds and
 * categorizes the next chunks of transactions while the unit of work stores the earlier ones. At most
 * {@code capacity} elements wait, so memory stays bounded whatever the speed of either side. What the source throws
 * is thrown again to the reader, from {@link #hasNext()} or {@link #next()}. {@link #close()} stops the thread and
 * waits for it, whether or not everything was read; a reader interrupted while it waits gets a
 * {@link CancellationException} with its interrupt flag set again.
 */
final class Prefetch<T> implements Iterator<T>, AutoCloseable {

    /** Marks the end of the source in the queue (elements are never null). */
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private Object next;
    private Throwable failure;

    Prefetch(Iterator<? extends T> source, int capacity, String threadName) {
        Objects.requireNonNull(source, "source");
        queue = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(() -> produce(source), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Iterator<? extends T> source) {
        Object last = END;
        try {
            while (source.hasNext()) {
                queue.put(Objects.requireNonNull(source.next(), "element"));
            }
        } catch (InterruptedException e) {
            // Closed: nobody reads any more.
            return;
        } catch (RuntimeException | Error e) {
            last = new Failure(e);
        }
        try {
            queue.put(last);
        } catch (InterruptedException e) {
            // Closed while handing over the end: nobody reads any more.
        }
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw rethrown();
        }
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for " + thread.getName());
            }
            if (next instanceof Failure f) {
                next = END;
                failure = f.cause();
                throw rethrown();
            }
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = (T) next;
        next = null;
        return element;
    }

    /** Stops the thread (if it is still working) and waits until it has ended. */
    @Override
    public void close() {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The source's failure, to throw (again) to the reader. */
    private RuntimeException rethrown() {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    private record Failure(Throwable cause) {
    }
}
