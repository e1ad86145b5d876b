package org.paperkg.model;

/** What the resolver may ask about a canonical label: the extractor's gazetteer answers, tests may answer nothing. */
public interface Knowledge {
    /** The canonical label of the family the label is a version of (ResNet-50 → ResNet), or null. */
    String familyOf(String label);

    /** For a metric, whether a higher value is the better result; null when unknown. */
    Boolean higherIsBetter(String label);

    Knowledge NONE = new Knowledge() {
        @Override
        public String familyOf(String label) {
            return null;
        }

        @Override
        public Boolean higherIsBetter(String label) {
            return null;
        }
    };
}
