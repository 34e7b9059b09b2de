package dev.phlogd.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content folder as configured, followed through its symbolic links afresh each time it is
 * asked: a deploy that switches {@code current -> releases/b}, a Kubernetes volume, git-sync, or
 * a folder moved away and back are all seen as a new target.
 */
final class RootFolder {
    /** What the configured path leads to now: its real path and the folder's identity on disk. */
    record Target(Path real, Object fileKey) {
        boolean sameAs(Target other) {
            return other != null && real.equals(other.real) && Objects.equals(fileKey, other.fileKey);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RootFolder.class);

    private final Path configured;
    /** Set while the folder cannot be read, so that it is logged once, not at every rescan. */
    private boolean unavailable;

    RootFolder(Path configured) {
        this.configured = configured.toAbsolutePath().normalize();
    }

    Path configured() {
        return configured;
    }

    /** The folder the configured path leads to, or why there is none readable now. */
    Target current() throws IOException {
        Path real = configured.toRealPath();
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
        if (!attrs.isDirectory()) {
            throw new IOException("not a folder");
        }
        if (!Files.isReadable(real) || !Files.isExecutable(real)) {
            throw new IOException("not readable");
        }
        return new Target(real, attrs.fileKey());
    }

    /**
     * The current target for a rescan, or empty while it cannot be read (unmounted, moved away, an
     * NFS hiccup: readers keep the last good index meanwhile); said in the log when it goes and
     * when it comes back, once each.
     */
    synchronized Optional<Target> currentOrSaid() {
        try {
            Target now = current();
            if (unavailable) {
                unavailable = false;
                log.info("content folder {} can be read again", configured);
            }
            return Optional.of(now);
        } catch (IOException | SecurityException e) {
            if (!unavailable) {
                unavailable = true;
                log.error(
                        "content folder {} cannot be read ({}); serving the last good index until it is back",
                        configured,
                        e.toString());
            }
            return Optional.empty();
        }
    }

    /** The current target, or empty when it cannot be read now. */
    Optional<Target> currentIfReadable() {
        try {
            return Optional.of(current());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The paths whose change switches the root: the configured path and every symbolic link on the
     * way to the target, the target included. A switch shows as a change of one of them in its
     * folder (a swapped link, a folder moved away or back), so those folders are watched, and only
     * changes to these names in them matter: a log or an editor's swap file beside the content
     * folder is not a switch.
     */
    List<Path> switchPaths() {
        List<Path> out = new ArrayList<>();
        Path p = configured;
        out.add(p);
        for (int hops = 0; hops < 16 && Files.isSymbolicLink(p); hops++) {
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
                out.add(p);
            } catch (IOException e) {
                break;
            }
        }
        return out;
    }
}
