package org.paperkg.serve;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value built from the store, built again only when the store's data version has changed since. While one request
 * builds it, others get the last one; when a build fails (a busy server cancels its queries), the last one stays.
 * Only before any build has succeeded does a failure reach the caller, as {@link Unavailable}.
 */
final class Latest<T> implements Supplier<T> {
    /** No value yet, and building one failed: worth a 503 and a retry, not a 500. */
    static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("not built yet: " + cause.getMessage(), cause);
        }
    }

    private final Supplier<?> version;
    private final Supplier<T> build;
    private final ReentrantLock building = new ReentrantLock();
    private volatile T value;
    private volatile Object builtAt;

    Latest(Supplier<?> version, Supplier<T> build) {
        this.version = version;
        this.build = build;
    }

    @Override
    public T get() {
        Object now = version.get();
        T last = value;
        if (last != null && now.equals(builtAt)) {
            return last;
        }
        if (last != null && !building.tryLock()) {
            return last;   // another request is building it
        }
        if (last == null) {
            building.lock();
        }
        try {
            if (value != null && now.equals(builtAt)) {
                return value;
            }
            T fresh = build.get();
            value = fresh;
            builtAt = now;
            return fresh;
        } catch (RuntimeException e) {
            if (value != null) {
                return value;
            }
            throw new Unavailable(e);
        } finally {
            building.unlock();
        }
    }
}
