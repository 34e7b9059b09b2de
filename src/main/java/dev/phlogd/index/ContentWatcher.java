package dev.phlogd.index;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every folder of the hole (registering new folders as scans find them) and reports in
 * which folder something changed and the names the kernel gave, or a null folder when it cannot
 * tell (the kernel's queue overflowed). It does not say what changed: the indexer's rescan of that
 * folder finds out, so a lost event costs nothing but a later rescan.
 */
final class ContentWatcher implements AutoCloseable {
    /** Told of every change; {@code folder} null when it could have been anywhere. */
    interface Listener {
        void changed(Path folder, List<Path> names);
    }

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final WatchService service;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Thread thread;
    private boolean warned;

    ContentWatcher(Listener onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(() -> loop(onChange), "phlogd-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Watches exactly these folders from now on; {@code fresh} registers them all anew (the root
     * was replaced, so a path may name another folder than the one its old watch was on). Returns
     * the folders watched now that were not before: what changed in them between their scan and
     * now was seen by no watch.
     */
    synchronized List<Path> watch(Collection<Path> folders, boolean fresh) {
        Set<Path> wanted = new HashSet<>(folders);
        List<Path> added = new ArrayList<>();
        keys.entrySet().removeIf(e -> {
            if (fresh || !wanted.contains(e.getKey())) {
                e.getValue().cancel();
                return true;
            }
            return false;
        });
        for (Path dir : wanted) {
            if (keys.containsKey(dir)) {
                continue;
            }
            try {
                keys.put(
                        dir,
                        dir.register(
                                service,
                                StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE,
                                StandardWatchEventKinds.ENTRY_MODIFY));
                added.add(dir);
            } catch (IOException | RuntimeException e) {
                if (!warned) {
                    warned = true;
                    if (String.valueOf(e.getMessage()).contains("limit")) {
                        log.warn(
                                "the kernel refuses more file watches ({}); raise fs.inotify.max_user_watches "
                                        + "(sysctl -w fs.inotify.max_user_watches=524288); until then changes are found "
                                        + "by the periodic rescan",
                                e.getMessage());
                    } else {
                        log.warn(
                                "cannot watch {} ({}); changes there are found by the periodic rescan instead",
                                dir,
                                e.toString());
                    }
                }
            }
        }
        return added;
    }

    private void loop(Listener onChange) {
        while (true) {
            try {
                WatchKey key = service.take();
                boolean overflow = false;
                List<Path> names = new ArrayList<>();
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW || !(e.context() instanceof Path name)) {
                        overflow = true;
                    } else {
                        names.add(name);
                    }
                }
                key.reset();
                if (overflow || !(key.watchable() instanceof Path folder)) {
                    onChange.changed(null, List.of());
                } else {
                    onChange.changed(folder, names);
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("file watcher: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            log.debug("closing the file watcher: {}", e.toString());
        }
    }
}
