package org.paperkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of {@code ontology/paperkg.ttl}. A test checks that each one is declared there. */
public final class PKG {
    public static final String NS = "https://w3id.org/paperkg/ontology#";

    public static final Resource Paper = r("Paper");
    public static final Resource Entity = r("Entity");
    public static final Resource Method = r("Method");
    public static final Resource Dataset = r("Dataset");
    public static final Resource Metric = r("Metric");
    public static final Resource Task = r("Task");
    public static final Resource Result = r("Result");
    public static final Resource RelativeResult = r("RelativeResult");
    public static final Resource Mention = r("Mention");
    public static final Resource ExtractionRun = r("ExtractionRun");
    public static final Resource Extractor = r("Extractor");
    public static final Resource Role = r("Role");
    public static final Resource proposed = r("proposed");
    public static final Resource CoOccurrence = r("CoOccurrence");
    public static final Resource used = r("used");

    public static final Property mentions = p("mentions");
    public static final Property proposesMethod = p("proposesMethod");
    public static final Property usesMethod = p("usesMethod");
    public static final Property introducesDataset = p("introducesDataset");
    public static final Property usesDataset = p("usesDataset");
    public static final Property reportsMetric = p("reportsMetric");
    public static final Property addressesTask = p("addressesTask");
    public static final Property contentHash = p("contentHash");

    public static final Property reportedIn = p("reportedIn");
    public static final Property evaluatedMethod = p("evaluatedMethod");
    public static final Property onDataset = p("onDataset");
    public static final Property forTask = p("forTask");
    public static final Property metric = p("metric");
    public static final Property value = p("value");
    public static final Property change = p("change");
    public static final Property valueText = p("valueText");
    public static final Property higherIsBetter = p("higherIsBetter");

    public static final Property role = p("role");
    public static final Property mentionType = p("mentionType");
    public static final Property rule = p("rule");
    public static final Property confidence = p("confidence");
    public static final Property sentence = p("sentence");
    public static final Property field = p("field");
    public static final Property paperCount = p("paperCount");
    public static final Property pairMethod = p("pairMethod");
    public static final Property pairDataset = p("pairDataset");

    public static final Property papersRead = p("papersRead");
    public static final Property papersStored = p("papersStored");
    public static final Property papersUnchanged = p("papersUnchanged");
    public static final Property recordsRejected = p("recordsRejected");

    private PKG() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
