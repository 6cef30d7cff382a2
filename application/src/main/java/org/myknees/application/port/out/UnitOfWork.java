package org.myknees.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a piece of work atomically: every write made through the repositories inside it is committed together
 * or, when the work throws, none is. A unit started inside another joins it (the outer one decides).
 */
public interface UnitOfWork {

    <T> T execute(Supplier<T> work);

    default void run(Runnable work) {
        execute(() -> {
            work.run();
            return null;
        });
    }
}
