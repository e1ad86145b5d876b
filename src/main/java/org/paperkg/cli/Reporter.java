package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.paperkg.source.InputError;

/** Prints each rejected record or file as it comes (`error: file:line: message`) and counts them; and news lines. */
final class Reporter {
    private final PrintWriter err;
    private final AtomicLong errors = new AtomicLong();

    Reporter(PrintWriter err) {
        this.err = err;
    }

    void error(InputError e) {
        errors.incrementAndGet();
        synchronized (err) {
            err.println("error: " + e);
            err.flush();
        }
    }

    /** A line of news (not an error), kept whole among error lines printed from other threads. */
    void note(String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    long errors() {
        return errors.get();
    }
}
