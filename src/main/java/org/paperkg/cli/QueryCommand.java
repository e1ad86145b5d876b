package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query or a named query of the catalogue. (Not yet available.)")
final class QueryCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 6;
    }
}
