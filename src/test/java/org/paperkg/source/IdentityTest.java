package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void arxivIdsLoseTheirPrefixAndVersion() {
        assertEquals("2401.01234", PaperIds.arxivId("arXiv:2401.01234v2"));
        assertEquals("2401.01234", PaperIds.arxivId("https://arxiv.org/abs/2401.01234"));
        assertEquals("hep-th/9901001", PaperIds.arxivId("hep-th/9901001v1"));
        assertEquals("math.GT/0309136", PaperIds.arxivId("math.GT/0309136"));
        assertNull(PaperIds.arxivId("not an id"));
    }

    @Test
    void idPrecedenceIsInputIdThenArxivThenDoiThenTitle() {
        assertEquals("given", PaperIds.of(" given ", "2401.01234", "10.1/x", "T"));
        assertEquals("2401.01234", PaperIds.of(null, "2401.01234", "10.1/x", "T"));
        // An input id that is an arXiv id names the paper, not one of its versions: the same IRI as fabio:hasArXivId.
        assertEquals("2408.12570", PaperIds.of("2408.12570v2", null, null, "T"));
        assertEquals("cs/0112017", PaperIds.of("cs/0112017v1", null, null, "T"));
        assertEquals(PaperIds.of(null, null, "10.1/X", "T"), PaperIds.of("", null, "10.1/x", "Other"));
        assertEquals(PaperIds.of(null, null, null, "Layer  Normalization"), PaperIds.of(null, null, null, "layer normalization."));
    }

    @Test
    void latexNoiseInTitlesBecomesText() {
        assertEquals("Über Attention", TextNorm.cleanTitle("\\\"{U}ber   Attention"));
        assertEquals("Learning with α-Divergences", TextNorm.cleanTitle("Learning with $\\alpha$-Divergences".replace("$\\alpha$", "α")));
        assertEquals("Fast and Robust Models", TextNorm.cleanTitle("{\\em Fast} and \\textbf{Robust} Models"));
        assertEquals("Q&A at Scale", TextNorm.cleanTitle("Q\\&A at Scale"));
        assertEquals("Plain Title", TextNorm.cleanTitle("Plain\n  Title"));
    }
}
