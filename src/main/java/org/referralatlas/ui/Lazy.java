package org.referralatlas.ui;

import java.util.function.Supplier;

/**
 * A value built the first time it is asked for, on the JavaFX thread: a mode's view that the user
 * may never open is not built (nor its nodes kept) at start-up.
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<T> factory;
    private T value;

    private Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    public static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        if (factory != null) {
            value = factory.get();
            factory = null;
        }
        return value;
    }

    /** Runs {@code action} on the value if it was built; builds nothing. */
    public void ifCreated(java.util.function.Consumer<T> action) {
        if (factory == null) {
            action.accept(value);
        }
    }
}
