package org.paperkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Base of the commands whose stage is not built yet: they say so plainly and exit 2, never pretend. */
abstract class NotYetAvailable implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The issue that builds this command's stage. */
    abstract int issue();

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("paperkg " + spec.name() + ": not yet available in this version "
                + "(its stage is built by issue #" + issue() + "); `paperkg extract` works today.");
        return Main.EXIT_FATAL;
    }
}
