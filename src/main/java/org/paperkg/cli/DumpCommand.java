package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "dump", mixinStandardHelpOptions = true, description = "Write the store as an RDF dump with its VoID description. (Not yet available.)")
final class DumpCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 3;
    }
}
