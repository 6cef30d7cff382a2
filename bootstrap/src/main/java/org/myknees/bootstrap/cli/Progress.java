package org.myknees.bootstrap.cli;

import java.io.PrintWriter;

/**
 * Progress of a long operation on one line of standard error, redrawn in place. Shown only to a person at a
 * terminal: never with {@code --json} and never when output is redirected.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String task;
    private int lastLength;

    private Progress(PrintWriter err, String task) {
        this.err = err;
        this.task = task;
    }

    static Progress start(MykneesCli cli, String task) {
        return start(cli.err(), shown(cli.json(), System.console() != null), task);
    }

    /** A progress line on {@code err} when shown, else one that writes nothing. */
    static Progress start(PrintWriter err, boolean shown, String task) {
        Progress progress = new Progress(shown ? err : null, task);
        progress.draw(task + "…");
        return progress;
    }

    /** Whether progress is for a person: never with {@code --json}, never when output is not a terminal. */
    static boolean shown(boolean json, boolean terminal) {
        return !json && terminal;
    }

    /** Redraws the line with how far the task has come. */
    void update(long done, long total) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        draw(String.format("%s [%s%s] %,d/%,d", task, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total));
    }

    /** Redraws the line with the task and a status. */
    void status(String text) {
        draw(task + ": " + text);
    }

    /** Clears the line. */
    void done() {
        if (err != null && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }

    private void draw(String line) {
        if (err == null) {
            return;
        }
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }
}
