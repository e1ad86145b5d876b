package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store over SPARQL with the Fuseki UI. (Not yet available.)")
final class ServeCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 5;
    }
}
