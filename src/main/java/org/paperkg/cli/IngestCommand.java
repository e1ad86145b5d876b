package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read abstracts, extract and store them in the TDB2 store. (Not yet available.)")
final class IngestCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 3;
    }
}
