package dev.phlogd.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watches on a hole's folders and on the folders where a switch of the root shows, once they
 * are set up: until {@link #start()} (and without watching) there are none, and {@link #watch}
 * does nothing. What changes in a folder of the hole is passed on; in the folders that only show a
 * switch, only a change to a name on the way to the root is: the root's parent may be a busy
 * folder (a home, a folder with the server's log beside the content), and each of its changes
 * passed on was a rescan of the whole hole.
 */
final class FolderWatches implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatches.class);

    /** The folders watched only for a switch, and the paths in them that are on the way to the root. */
    private record SwitchWatch(Set<Path> folders, Set<Path> paths) {
        /** Whether a change in {@code folder} to {@code names} should be passed on. */
        boolean passes(Path folder, List<Path> names) {
            return !folders.contains(folder) || names.stream().anyMatch(n -> paths.contains(folder.resolve(n)));
        }
    }

    private final RootFolder root;
    private final Consumer<Path> changed;
    private volatile ContentWatcher watcher;
    private volatile SwitchWatch switchWatch = new SwitchWatch(Set.of(), Set.of());
    private volatile boolean closed;

    FolderWatches(RootFolder root, Consumer<Path> changed) {
        this.root = root;
        this.changed = changed;
    }

    /** Starts the watcher; false when it cannot run (logged) or these watches are closed. */
    boolean start() {
        try {
            watcher = new ContentWatcher(this::changed);
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

    private void changed(Path folder, List<Path> names) {
        if (folder == null || switchWatch.passes(folder, names)) {
            changed.accept(folder);
        }
    }

    /**
     * Watches exactly {@code h}'s folders (all anew when {@code fresh}: the root was replaced), and
     * returns those of its folders that were not watched before: a file written in one after it was
     * listed and before its watch was in place (a {@code git pull} adding a folder of entries) is
     * seen only by listing it once more.
     */
    List<Path> watch(Hole h, boolean fresh) {
        ContentWatcher w = watcher;
        if (w == null) {
            return List.of();
        }
        Set<Path> holeFolders = new HashSet<>();
        for (FolderNode f : h.folders().values()) {
            holeFolders.add(f.realPath());
        }
        Set<Path> paths = new HashSet<>(root.switchPaths());
        Set<Path> switchOnly = new HashSet<>();
        for (Path p : paths) {
            Path parent = p.getParent();
            if (parent != null && !holeFolders.contains(parent) && Files.isDirectory(parent)) {
                switchOnly.add(parent);
            }
        }
        switchWatch = new SwitchWatch(Set.copyOf(switchOnly), Set.copyOf(paths));
        List<Path> folders = new ArrayList<>(holeFolders);
        folders.addAll(switchOnly);
        List<Path> added = new ArrayList<>(w.watch(folders, fresh));
        added.removeAll(switchOnly);
        return added;
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
