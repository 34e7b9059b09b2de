package dev.phlogd.index;

import dev.phlogd.content.SafePath;
import dev.phlogd.content.Selectors;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.menu.Gophermap;
import dev.phlogd.text.TextDecoder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the content folder into a tree of {@link FolderNode}s and {@link FileNode}s, under the
 * same rules as requests: hidden names skipped, symbolic links followed only while their real
 * path stays inside the root, unreadable things left out. Files whose size and modification time
 * are unchanged since the previous scan keep their node (and their parse); folders whose
 * children are all unchanged keep theirs. Only new or changed entry files are read and parsed,
 * in parallel.
 */
final class HoleScanner {
    private static final Logger log = LoggerFactory.getLogger(HoleScanner.class);

    private final Path realRoot;
    private final FileReader reader;
    private final long maxEntryBytes;

    HoleScanner(Path realRoot, JournalParser parser, long maxEntryBytes) {
        this.realRoot = realRoot;
        this.reader = new FileReader(parser, maxEntryBytes);
        this.maxEntryBytes = maxEntryBytes;
    }

    /** What a scan found. */
    record Result(
            FolderNode root,
            Map<String, FileNode> files,
            Map<String, FolderNode> folders,
            int parsed,
            List<Problem> problems) {}

    /** A file found by the walk, before its node is made. */
    private record Found(String relPath, Path real, BasicFileAttributes attrs, String selector) implements Walked {}

    Result scan(Map<String, FileNode> previousFiles, Map<String, FolderNode> previousFolders) {
        return scan(previousFiles, previousFolders, null);
    }

    /**
     * As {@link #scan(Map, Map)}, listing again only the folders whose real paths are in
     * {@code changed} (and the folders on the way to them); every other folder of the previous
     * scan is kept as it was. A null {@code changed}, or one naming a folder the previous scan did
     * not have, lists everything.
     */
    Result scan(Map<String, FileNode> previousFiles, Map<String, FolderNode> previousFolders, Set<Path> changed) {
        Map<String, FileNode> files = new HashMap<>(previousFiles.size() * 2);
        Map<String, FolderNode> folders = new HashMap<>(previousFolders.size() * 2);
        Map<String, FileNode> parsedNodes = new ConcurrentHashMap<>();
        List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> visit = changed == null ? null : ChangedFolders.onTheWayTo(changed, previousFolders);

        // Walk, and parse what is new or changed as it is found; then build the nodes.
        ParallelReads<Found> toParse = new ParallelReads<>(f ->
                parsedNodes.put(f.relPath(), reader.read(f.relPath(), f.real(), f.attrs(), f.selector(), problems)));
        Walk walk = walk(realRoot, "", previousFiles, previousFolders, new HashSet<>(), toParse, visit);
        int parsed = toParse.finish();
        FolderNode root = build(walk, previousFolders, parsedNodes, files, folders);
        return new Result(root, files, folders, parsed, List.copyOf(problems));
    }

    /**
     * A walked folder: its subfolders' walks and its files (reused nodes, or paths waiting for a
     * node); or, for a folder a targeted scan did not list, the previous scan's node ({@code kept}).
     */
    private record Walk(
            String relPath,
            Path real,
            List<Walk> folders,
            List<Walked> files,
            Gophermap gophermap,
            long stamp,
            long modified,
            FolderNode kept) {}

    /** A file the walk saw: unchanged since the previous scan (its node is kept), or found anew. */
    private sealed interface Walked permits Unchanged, Found {}

    /** A file whose size and time are as in the previous scan. */
    private record Unchanged(FileNode node) implements Walked {}

    private Walk walk(
            Path dir,
            String rel,
            Map<String, FileNode> previous,
            Map<String, FolderNode> previousFolders,
            Set<Path> onPath,
            ParallelReads<Found> toParse,
            Set<String> visit) {
        FolderNode before = previousFolders.get(rel);
        if (visit != null
                && !visit.contains(rel)
                && before != null
                && before.realPath().equals(dir)) {
            return new Walk(rel, dir, List.of(), List.of(), null, 0, 0, before);
        }
        onPath.add(dir);
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot list {}: {}", dir, e.toString());
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<String> names = new ArrayList<>();
        for (Path p : children) {
            String name = p.getFileName().toString();
            if (!SafePath.isHiddenName(name)) {
                names.add(name);
            }
        }
        Selectors.Siblings siblings = Selectors.Siblings.of(names);
        List<Walk> folders = new ArrayList<>();
        List<Walked> files = new ArrayList<>();
        Gophermap gophermap = null;
        long stamp = 0;
        for (Path p : children) {
            String name = p.getFileName().toString();
            String childRel = rel.isEmpty() ? name : rel + "/" + name;
            if (name.equals("gophermap")) {
                Optional<Path> real = SafePath.realInside(realRoot, p);
                if (real.isPresent() && Files.isRegularFile(real.get())) {
                    try {
                        BasicFileAttributes a = Files.readAttributes(real.get(), BasicFileAttributes.class);
                        stamp = a.lastModifiedTime().toMillis() * 31 + a.size() + 1;
                        FolderNode old = previousFolders.get(rel);
                        // Unchanged since the last scan: its parse is still good, no need to read it again.
                        gophermap = old != null && old.gophermapStamp() == stamp && old.gophermap() != null
                                ? old.gophermap()
                                : Gophermap.parse(
                                        TextDecoder.decode(Files.readAllBytes(real.get())), Selectors.folder(rel));
                    } catch (IOException e) {
                        log.warn("cannot read gophermap {}: {}", childRel, e.toString());
                    }
                }
                continue;
            }
            if (SafePath.isHiddenName(name) || !isPlainName(name)) {
                continue;
            }
            Optional<Seen> seen = look(p);
            if (seen.isEmpty()) {
                continue;
            }
            Path real = seen.get().real();
            BasicFileAttributes attrs = seen.get().attrs();
            if (attrs.isDirectory()) {
                if (!onPath.contains(real)) {
                    folders.add(walk(real, childRel, previous, previousFolders, onPath, toParse, visit));
                }
            } else if (attrs.isRegularFile()) {
                String selector = SourceFormat.isEntry(name) && attrs.size() <= maxEntryBytes
                        ? Selectors.entry(childRel, siblings)
                        : Selectors.file(childRel);
                FileNode old = previous.get(childRel);
                if (old != null
                        && old.size() == attrs.size()
                        && old.modifiedMillis() == attrs.lastModifiedTime().toMillis()
                        && old.realPath().equals(real)
                        && old.selector().equals(selector)) {
                    files.add(new Unchanged(old));
                } else {
                    Found found = new Found(childRel, real, attrs, selector);
                    files.add(found);
                    toParse.add(found);
                }
            }
        }
        onPath.remove(dir);
        long modified;
        try {
            modified = Files.getLastModifiedTime(dir).toMillis();
        } catch (IOException e) {
            modified = 0;
        }
        return new Walk(rel, dir, folders, files, gophermap, stamp, modified, null);
    }

    /** A child of a walked folder as it really is: its real path and what it is there. */
    private record Seen(Path real, BasicFileAttributes attrs) {}

    /**
     * What a child of a walked (real) folder is. A child that is no symbolic link is its own real
     * path, so one stat says what it is; only links are resolved, and kept only while they lead
     * inside the root. The same rule as {@link SafePath#realInside}, at a fraction of its system
     * calls, which made up most of a rescan of a big hole.
     */
    private Optional<Seen> look(Path child) {
        try {
            BasicFileAttributes attrs =
                    Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isSymbolicLink()) {
                return SafePath.usable(child, attrs.isDirectory())
                        ? Optional.of(new Seen(child, attrs))
                        : Optional.empty();
            }
            Optional<Path> real = SafePath.realInside(realRoot, child);
            if (real.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Seen(
                    real.get(),
                    Files.readAttributes(real.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Names with control characters (or a backslash) could never be requested; they are left out. */
    private static boolean isPlainName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private FolderNode build(
            Walk walk,
            Map<String, FolderNode> previousFolders,
            Map<String, FileNode> parsed,
            Map<String, FileNode> files,
            Map<String, FolderNode> folders) {
        if (walk.kept() != null) {
            ChangedFolders.keep(walk.kept(), files, folders);
            return walk.kept();
        }
        List<FolderNode> subfolders = new ArrayList<>();
        for (Walk w : walk.folders()) {
            subfolders.add(build(w, previousFolders, parsed, files, folders));
        }
        List<FileNode> fileNodes = new ArrayList<>();
        for (Walked w : walk.files()) {
            FileNode node = w instanceof Unchanged u ? u.node() : parsed.get(((Found) w).relPath());
            fileNodes.add(node);
            files.put(node.relPath(), node);
        }
        FolderNode old = previousFolders.get(walk.relPath());
        FolderNode node = old != null
                        && old.realPath().equals(walk.real())
                        && old.sameAs(walk.relPath(), subfolders, fileNodes, walk.stamp(), walk.modified())
                ? old
                : new FolderNode(
                        walk.relPath(),
                        walk.real(),
                        subfolders,
                        fileNodes,
                        walk.gophermap(),
                        walk.stamp(),
                        walk.modified());
        folders.put(node.relPath(), node);
        return node;
    }
}
