package org.paperkg.spark;

import java.util.Map;
import java.util.Set;
import org.paperkg.extract.Extractor;
import org.paperkg.model.EntityType;

/**
 * One extractor per executor JVM, shared by all its tasks: CoreNLP's pipeline and paperkg's models take seconds and
 * a gigabyte to load, and an {@link Extractor} may be shared by threads. Built on first use; the one that knows the
 * broadcast names of a store is derived from it once per broadcast.
 */
final class ExtractorHolder {
    private static Extractor base;
    private static long namesId = -1;
    private static Extractor withNames;

    private ExtractorHolder() {
    }

    static synchronized Extractor base() {
        if (base == null) {
            base = new Extractor();
        }
        return base;
    }

    /** The extractor for a run: the base one, or, when a store's names were broadcast, the one that knows them. */
    static synchronized Extractor forRun(long broadcastId, Map<EntityType, Map<String, Set<String>>> knownNames) {
        if (knownNames == null) {
            return base();
        }
        if (namesId != broadcastId) {
            withNames = base().withKnownNames(knownNames);
            namesId = broadcastId;
        }
        return withNames;
    }
}
