package dev.phlogd.index;

import dev.phlogd.content.SafePath;
import dev.phlogd.page.Kind;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last start parsed, kept in the state folder so that the next start reads only the
 * files that changed since: at 10,000 entries parsing is most of a start-up, and a restart (a
 * reboot, a new config) mostly finds the same files. A file is taken from the cache only when its
 * path, real path, size and modification time are all as they were, the test a rescan uses; the
 * cache as a whole only when it was written by this very build (the jar's size and time) with the
 * same wrap width, time zone and size limit, for the content folder it names. Anything else, or a
 * damaged file (a checksum covers it all), and every file is parsed, as without a cache. One file
 * per state folder: a start on another content folder replaces it.
 */
public final class IndexCache {
    private static final Logger log = LoggerFactory.getLogger(IndexCache.class);
    private static final int MAGIC = 0x70686c31; // "phl1"
    static final String FILE_NAME = "index.cache";
    private static final long STALE_MILLIS = 3_600_000;

    /** No cache: every start parses every file. */
    public static final IndexCache NONE = new IndexCache(null, "");

    private final Path file;
    private final String fingerprint;
    /** The nodes read at start, to tell whether the index still is what the file holds. */
    private volatile Map<String, FileNode> read = Map.of();

    private int reused;

    IndexCache(Path file, String fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /**
     * The cache of {@code stateDir} for a server of {@code root} with these options; {@link #NONE}
     * when phlogd does not run from a jar (classes in a folder change without telling), or when the
     * state folder is inside the content, which nothing is ever written into.
     */
    public static IndexCache in(Path stateDir, Path root, Indexer.Options options) {
        return in(stateDir, root, options, build());
    }

    /** As {@link #in(Path, Path, Indexer.Options)}, for the build named (none: no cache). */
    static IndexCache in(Path stateDir, Path root, Indexer.Options options, Optional<String> build) {
        if (build.isEmpty()) {
            return NONE;
        }
        if (SafePath.isInside(stateDir, root)) {
            log.warn("state_dir {} is inside the content folder: the index is not kept between runs", stateDir);
            return NONE;
        }
        return new IndexCache(
                stateDir.resolve(FILE_NAME),
                build.get() + " width=" + options.width() + " zone="
                        + options.zone().getId() + " max=" + options.maxEntryBytes());
    }

    /** The jar phlogd runs from, by size and time: a rebuilt or upgraded jar may parse differently. */
    private static Optional<String> build() {
        try {
            var source = IndexCache.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of("jar " + Files.size(jar) + " "
                    + Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The entry files kept for {@code realRoot}, by relative path; empty when there is no cache
     * or it cannot be used (said in the log, but for a missing one).
     */
    Map<String, FileNode> read(Path realRoot) {
        if (file == null) {
            return Map.of();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, Math.max(0, bytes.length - Long.BYTES));
            if (bytes.length < Long.BYTES || in.getLong(bytes.length - Long.BYTES) != crc.getValue()) {
                throw new IOException("its checksum does not match");
            }
            in.limit(bytes.length - Long.BYTES);
            if (in.getInt() != MAGIC
                    || !fingerprint.equals(EntryFileCodec.readString(in))
                    || !realRoot.toString().equals(EntryFileCodec.readString(in))) {
                log.info("index cache {} is of another build, settings or folder: parsing every file", file);
                return Map.of();
            }
            int count = EntryFileCodec.count(in);
            Map<String, FileNode> nodes = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String relPath = EntryFileCodec.readString(in);
                Path real = Path.of(EntryFileCodec.readString(in));
                long size = in.getLong();
                long modified = in.getLong();
                String selector = EntryFileCodec.readString(in);
                nodes.put(
                        relPath,
                        new FileNode(relPath, real, size, modified, Kind.TEXT, selector, EntryFileCodec.read(in)));
            }
            read = nodes;
            return nodes;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log.warn("index cache {} cannot be used ({}): parsing every file", file, e.getMessage());
            return Map.of();
        }
    }

    /**
     * Counts the files of the first index taken from the cache, and says again, as their parse
     * did, what is wrong with their front matter.
     */
    void reportKept(Map<String, FileNode> files) {
        int n = 0;
        for (Map.Entry<String, FileNode> e : read.entrySet()) {
            if (files.get(e.getKey()) == e.getValue()) {
                n++;
                e.getValue()
                        .entry()
                        .frontMatterError()
                        .ifPresent(reason -> log.warn("{}: front matter {}", e.getKey(), reason));
            }
        }
        reused = n;
    }

    /** How many files the first index took from the cache. */
    public int reused() {
        return reused;
    }

    /**
     * Keeps the entry files of {@code files} (a complete index of {@code realRoot}) for the next
     * start, unless they are exactly those read at this start. Written to a new file moved into
     * place, so that a reader never sees half of one; a failure is logged and changes nothing.
     */
    synchronized void write(Path realRoot, Collection<FileNode> files) {
        if (file == null) {
            return;
        }
        Map<String, FileNode> kept = new HashMap<>();
        for (FileNode node : files) {
            if (node.entry() != null) {
                kept.put(node.relPath(), node);
            }
        }
        if (sameNodes(kept, read)) {
            return;
        }
        Path temp =
                file.resolveSibling(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            // Streamed to the file, not built in memory first: at 10,000 entries a buffer of the
            // whole (7.5 MB, copied twice) grew the heap by 16 MB for good.
            try (CheckedOutputStream checked = new CheckedOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), new CRC32())) {
                DataOutputStream out = new DataOutputStream(checked);
                out.writeInt(MAGIC);
                EntryFileCodec.writeString(out, fingerprint);
                EntryFileCodec.writeString(out, realRoot.toString());
                out.writeInt(kept.size());
                for (FileNode node : kept.values()) {
                    EntryFileCodec.writeString(out, node.relPath());
                    EntryFileCodec.writeString(out, node.realPath().toString());
                    out.writeLong(node.size());
                    out.writeLong(node.modifiedMillis());
                    EntryFileCodec.writeString(out, node.selector());
                    EntryFileCodec.write(out, node.entry());
                }
                out.writeLong(checked.getChecksum().getValue());
            }
            removeStale(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            read = kept;
        } catch (IOException | RuntimeException e) {
            log.info("index not kept in {} for the next start: {}", file, e.toString());
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing more to do: the next write replaces it.
            }
        }
    }

    /**
     * Deletes what a phlogd stopped while writing left behind: other writers' files an hour older
     * than {@code written}, by the file system's own clock. A younger one may be another
     * server's (two on one state folder) still writing.
     */
    private static void removeStale(Path written) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(written.getParent(), FILE_NAME + ".*.tmp")) {
            long now = Files.getLastModifiedTime(written).toMillis();
            for (Path temp : temps) {
                if (!temp.equals(written) && Files.getLastModifiedTime(temp).toMillis() < now - STALE_MILLIS) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("left behind in {}: {}", written.getParent(), e.toString());
        }
    }

    private static boolean sameNodes(Map<String, FileNode> a, Map<String, FileNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, FileNode> e : a.entrySet()) {
            if (b.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
