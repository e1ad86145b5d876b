package org.paperkg.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageConfigTest {
    private static StageConfig read(String text) {
        return StageConfig.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stagesKeepTheirLineOrderAndSettings() {
        StageConfig c = read("""
                # a comment
                stage.b-stage = org.example.B; confidence=0.75; weak

                stage.a-stage = org.example.A; confidence=0.85; confidence.known=0.9
                a-stage.enabled = false
                b-stage.enabled = true
                """);
        assertEquals(List.of("b-stage", "a-stage"), c.stages().stream().map(StageSettings::name).toList());
        StageSettings b = c.stages().get(0);
        StageSettings a = c.stages().get(1);
        assertEquals("org.example.B", b.className());
        assertTrue(b.weak());
        assertFalse(a.weak());
        assertEquals(0.85, a.number("confidence"));
        assertEquals(0.9, a.number("confidence.known"));
        assertEquals(0.5, a.number("min-confidence.task", 0.5));
        assertThrows(IllegalStateException.class, () -> b.number("confidence.known"));
        assertEquals(Set.of("a-stage"), c.disabled());
    }

    @Test
    void aMistypedLineIsRefused() {
        assertThrows(IllegalStateException.class, () -> read("stages.a = org.example.A\n"));
        assertThrows(IllegalArgumentException.class, () -> read("stage.a = org.example.A; confidence 0.8\n"));
    }
}
