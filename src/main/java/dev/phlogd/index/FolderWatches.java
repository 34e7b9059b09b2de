package dev.phlogd.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watches on a hole's folders and on the folders where a switch of the root shows, once they
 * are set up: until {@link #start()} (and without watching) there are none, and {@link #watch}
 * does nothing.
 */
final class FolderWatches implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatches.class);

    private final RootFolder root;
    private final Consumer<Path> changed;
    private volatile ContentWatcher watcher;
    private volatile boolean closed;

    FolderWatches(RootFolder root, Consumer<Path> changed) {
        this.root = root;
        this.changed = changed;
    }

    /** Starts the watcher; false when it cannot run (logged) or these watches are closed. */
    boolean start() {
        try {
            watcher = new ContentWatcher(changed);
        } catch (IOException e) {
            log.warn("no file watching ({}); changes are found by the periodic rescan", e.toString());
            return false;
        }
        if (closed) {
            // Closed while it started: it must not outlive the indexer.
            watcher.close();
            return false;
        }
        return true;
    }

    /** Watches exactly {@code h}'s folders (all anew when {@code fresh}: the root was replaced). */
    void watch(Hole h, boolean fresh) {
        ContentWatcher w = watcher;
        if (w == null) {
            return;
        }
        List<Path> folders = new ArrayList<>(
                h.folders().values().stream().map(FolderNode::realPath).toList());
        folders.addAll(root.switchFolders());
        w.watch(folders, fresh);
    }

    @Override
    public void close() {
        closed = true;
        ContentWatcher w = watcher;
        if (w != null) {
            w.close();
        }
    }
}
