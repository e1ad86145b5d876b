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
                + "shapes of ontology/shapes.ttl. Prints one line per violation; exits 1 when there is any, 2 when the store "
                + "holds no data to check.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openExisting()) {
            // Shapes find nothing wrong in nothing: an empty store (a load that hid its data) fails.
            if (store.read(dsg -> !dsg.getUnionGraph().find().hasNext())) {
                spec.commandLine().getErr().println("validate: error: " + store.location()
                        + " holds no data in named graphs (none, or only in the default graph, which queries never see)");
                return Main.EXIT_FATAL;
            }
            Validator.Outcome o = new Validator().validate(store);
            o.violations().forEach(out::println);
            out.println(o.conforms() ? "validate: the store conforms to the shapes"
                    : "validate: " + o.violations().size() + " violation(s)");
            out.flush();
            return o.conforms() ? 0 : Main.EXIT_REJECTED;
        }
    }
}
