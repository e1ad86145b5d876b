package org.paperkg.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check the store against the SHACL shapes. (Not yet available.)")
final class ValidateCommand extends NotYetAvailable {
    @Unmatched
    List<String> ignored;

    @Override
    int issue() {
        return 3;
    }
}
