package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "load", mixinStandardHelpOptions = true, description = "Import an RDF dump into the store. (Not yet available.)")
final class LoadCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 3;
    }
}
