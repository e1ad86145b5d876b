package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperkg.store.Store;
import org.paperkg.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the store (the union of its graphs, VoID and DCAT descriptions included) against the SHACL "
                + "shapes of ontology/shapes.ttl. Prints one line per violation; exits 1 when there is any.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openExisting()) {
            Validator.Outcome o = new Validator().validate(store);
            o.violations().forEach(out::println);
            out.println(o.conforms() ? "validate: the store conforms to the shapes"
                    : "validate: " + o.violations().size() + " violation(s)");
            out.flush();
            return o.conforms() ? 0 : Main.EXIT_REJECTED;
        }
    }
}
