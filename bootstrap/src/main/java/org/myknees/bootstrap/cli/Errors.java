package org.myknees.bootstrap.cli;

/** Turns a failure into the one line a person reads on standard error. */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable failure) {
        // Our own exceptions and the argument and state checks are written to be read as they are.
        if (failure.getClass().getName().startsWith("org.myknees.") || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException) {
            return message(failure);
        }
        // Anything else is unexpected: say what it was, and what caused it when that is more telling.
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = failure.getClass().getSimpleName() + ": " + message(failure);
        return root == failure ? what : what + " (caused by " + root.getClass().getSimpleName() + ": "
                + message(root) + ")";
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
