package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatestTest {
    @Test
    void builtOncePerVersionAndTheLastKeptWhileABuildFails() {
        AtomicLong version = new AtomicLong();
        AtomicInteger builds = new AtomicInteger();
        AtomicInteger failNext = new AtomicInteger(1);
        Latest<String> latest = new Latest<>(version::get, () -> {
            if (failNext.getAndSet(0) == 1) {
                throw new IllegalStateException("cancelled: the server is busy");
            }
            return "description " + builds.incrementAndGet();
        });
        assertThrows(Latest.Unavailable.class, latest::get, "no description yet, and its build failed");
        assertEquals("description 1", latest.get());
        assertEquals("description 1", latest.get(), "the same version: not built again");
        version.incrementAndGet();
        failNext.set(1);
        assertEquals("description 1", latest.get(), "a failed build keeps the last description");
        assertEquals("description 2", latest.get(), "built again for the new version");
        assertEquals(2, builds.get());
    }
}
