package org.paperkg.spark;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.paperkg.model.EntityType;
import org.paperkg.rdf.Iris;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;
import org.paperkg.store.Store;

/**
 * The names an ingest into a store would know (rule known-name): those of the store's papers outside this input,
 * read on the driver, for the job to broadcast. None when the store holds no paper, as an ingest into an empty
 * store knows none.
 */
final class StoreNames {
    private StoreNames() {
    }

    static Map<EntityType, Map<String, Set<String>>> read(Path storeDir, Iris iris, List<String> inputs, SourceFormat format) {
        try (Store store = Store.open(storeDir, iris)) {
            if (store.isEmpty()) {
                return null;
            }
            // A first pass over the input, reading only, for the IRIs of its papers (as ingest's).
            Set<Node> input = new HashSet<>();
            Sources.read(inputs.stream().filter(InputListing::isLocal).map(Path::of).toList(), format, new PaperSink() {
                @Override
                public void paper(Paper p) {
                    input.add(NodeFactory.createURI(iris.paper(p.id())));
                }

                @Override
                public void error(InputError e) {
                }
            });
            return store.knownNames(input);
        }
    }
}
