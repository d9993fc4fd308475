package org.referralatlas.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Reads a file the user chose (a pain drawing, a lesson) off the JavaFX thread, one at a time, like the
 * atlas ({@link AtlasSession}) and the study files ({@link StudyMode}): a slow disk or a network folder never
 * freezes the window. While a file is being read {@link #readingProperty()} is true (the status line shows
 * progress, the open actions are disabled); then, on the JavaFX thread, the result is handed on, or the
 * failure, and whatever the feature showed is left as it was until then (and after a failure).
 */
final class FileReads {
    /** Reads and parses one file; runs on the background executor. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final Queue<Runnable> waiting = new ArrayDeque<>();

    /**
     * @param background reads the file (a worker thread in the app)
     * @param ui         hands on the result (Platform::runLater in the app)
     */
    FileReads(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** True from the start of a read until its result or failure has been handed on. */
    ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /**
     * Reads {@code file}; call on the JavaFX thread. Reads run one at a time: one asked for while another runs
     * (a file double-clicked on the desktop meanwhile; the menu's open actions are disabled) starts after it.
     *
     * @param read   called with the parsed file, on the JavaFX thread
     * @param failed called with the reason, on the JavaFX thread; the feature keeps what it had
     */
    <T> void read(Path file, Reader<T> reader, Consumer<T> read, Consumer<Exception> failed) {
        waiting.add(() -> start(file, reader, read, failed));
        if (!reading.get()) {
            next();
        }
    }

    private void next() {
        Runnable first = waiting.poll();
        reading.set(first != null);
        if (first != null) {
            first.run();
        }
    }

    private <T> void start(Path file, Reader<T> reader, Consumer<T> read, Consumer<Exception> failed) {
        background.execute(() -> {
            Runnable handOn;
            try {
                T value = reader.read(file);
                handOn = () -> read.accept(value);
            } catch (IOException | RuntimeException e) {
                handOn = () -> failed.accept(e);
            } catch (Error e) {
                ui.execute(this::next); // the next read may still work
                throw e;
            }
            Runnable then = handOn;
            ui.execute(() -> {
                try {
                    then.run();
                } finally {
                    next();
                }
            });
        });
    }

    /** The app's executor: a daemon thread per read, so a read never waits behind an export. */
    static void onOwnThread(Runnable read) {
        Thread t = new Thread(read, "file-reader");
        t.setDaemon(true);
        t.start();
    }
}
