package org.paperkg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The time each extraction stage has taken so far, summed over the threads that share an extractor. */
final class StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** Runs {@code work} as stage {@code name}, adding its time. */
    void time(String name, Runnable work) {
        long start = System.nanoTime();
        work.run();
        nanos.computeIfAbsent(name, k -> new LongAdder()).add(System.nanoTime() - start);
    }

    /** Nanoseconds per stage, in the order of {@code names}; stages that never ran are left out. */
    Map<String, Long> snapshot(Iterable<String> names) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String n : names) {
            LongAdder a = nanos.get(n);
            if (a != null) {
                out.put(n, a.sum());
            }
        }
        return out;
    }

    void reset() {
        nanos.clear();
    }
}
