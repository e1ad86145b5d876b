package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print counts of papers, entities and triples in the store. (Not yet available.)")
final class StatsCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 3;
    }
}
