package dev.phlogd.index;

import dev.phlogd.content.SafePath;
import dev.phlogd.content.Selectors;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.Reference;
import dev.phlogd.page.Kind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable snapshot of the content folder: every visible folder and file by selector and by
 * path, a name index for Obsidian wikilinks, and the {@link Journal} views. Requests read the
 * current snapshot without locking; the {@link Indexer} replaces it when the folder changes.
 */
public final class Hole {
    private final Path realRoot;
    private final FolderNode root;
    private final Map<String, FolderNode> folders;
    private final Map<String, FileNode> files;
    private final Map<String, Resource> bySelector;
    private final Map<String, String> byName;
    /** The files' paths nearest the root first: the order they are indexed in. */
    private final List<String> shallowFirst;
    /** The files of Logseq blocks with ids, by id. */
    private final Map<String, FileNode> blockFiles = new HashMap<>();

    private final Journal journal;
    private final long structure;
    private final List<Problem> problems;
    private final ZoneId zone;
    private final Clock clock;

    /** What a selector names in the hole. */
    public sealed interface Resource {}

    /** A folder, served as a menu. */
    public record FolderResource(FolderNode folder) implements Resource {}

    /** A file sent as it is. */
    public record FileResource(FileNode file) implements Resource {}

    /** An entry file rendered as text: the whole file ({@code sectionId} empty) or one dated section. */
    public record EntryResource(FileNode file, String sectionId, EntryInfo info) implements Resource {}

    /** A snapshot from a scan; {@code previous} (or null) decides whether its structure changed. */
    Hole(Path realRoot, HoleScanner.Result scan, Journal journal, Hole previous, ZoneId zone, Clock clock) {
        this.clock = clock;
        this.realRoot = realRoot;
        this.root = scan.root();
        this.folders = scan.folders();
        this.files = scan.files();
        this.journal = journal;
        this.problems = scan.problems();
        this.zone = zone;
        this.bySelector = new HashMap<>(files.size() * 2 + folders.size());
        // The order files are taken in and the link names depend only on which paths there are:
        // an edit that adds or removes no file keeps them (sorting seven thousand paths and
        // indexing their names was a sixth of an edit's rescan).
        boolean samePaths = previous != null && previous.files.keySet().equals(files.keySet());
        this.shallowFirst = samePaths ? previous.shallowFirst : HoleLinks.shallowFirst(files.keySet());
        this.byName = samePaths ? previous.byName : HoleLinks.nameIndexOfOrdered(shallowFirst);
        for (FileNode f : files.values()) {
            if (f.entry() != null) {
                f.entry().blocks().keySet().forEach(id -> blockFiles.putIfAbsent(id, f));
            }
        }
        for (FolderNode f : folders.values()) {
            bySelector.put(key(f.selector()), new FolderResource(f));
        }
        for (String rel : shallowFirst) {
            for (Named n : files.get(rel).named()) {
                if (n.ifAbsent()) {
                    bySelector.putIfAbsent(n.key(), n.resource());
                } else {
                    bySelector.put(n.key(), n.resource());
                }
            }
        }
        this.structure = previous == null
                ? 0
                : previous.bySelector.keySet().equals(bySelector.keySet())
                        ? previous.structure
                        : previous.structure + 1;
    }

    /**
     * A lookup key and what it names; one that is {@code ifAbsent} gives way to a folder or an
     * earlier file with that key.
     */
    record Named(String key, Resource resource, boolean ifAbsent) {}

    /** What a file puts under which keys: made once per node ({@link FileNode#named()}), as its entries are. */
    static List<Named> named(FileNode f) {
        if (f.entry() == null) {
            return List.of(new Named(key(f.selector()), new FileResource(f), false));
        }
        List<Named> out = new java.util.ArrayList<>(2 + f.entry().sections().size());
        EntryResource whole = new EntryResource(f, "", f.entry().whole());
        out.add(new Named(key(f.selector()), whole, false));
        out.add(new Named(key("/" + f.relPath()), whole, true));
        for (EntryInfo s : f.entry().sections()) {
            out.add(new Named(key(Selectors.section(f.selector(), s.id())), new EntryResource(f, s.id(), s), false));
        }
        return List.copyOf(out);
    }

    /** The lookup key of a selector: {@code /a/b} for {@code a/b}, {@code /a/b/} and {@code /a/b}; {@code /} for the root. */
    static String key(String selector) {
        String s = selector.endsWith("/") && selector.length() > 1
                ? selector.substring(0, selector.length() - 1)
                : selector;
        return s.isEmpty() ? "/" : s.startsWith("/") ? s : "/" + s;
    }

    /**
     * What a request selector names, if anything a reader may see: traversal, hidden names and
     * (unless drafts are shown) drafts and future entries all name nothing.
     */
    public Optional<Resource> resolve(String selector) {
        Optional<List<String>> segments = SafePath.segments(selector);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Resource t = bySelector.get("/" + String.join("/", segments.get()));
        if (t instanceof EntryResource e && !visible(e.info())) {
            return Optional.empty();
        }
        return Optional.ofNullable(t);
    }

    /** How much the hole holds, counted one way for the server's start-up line and for {@code check}. */
    public record Counts(int entries, int journalFiles, int shown, int otherFiles, int folders) {
        /** {@code 14 entries in 11 journal files, 11 shown to readers}. */
        public String summary() {
            return entries + (entries == 1 ? " entry" : " entries") + " in " + journalFiles
                    + (journalFiles == 1 ? " journal file" : " journal files") + ", " + shown + " shown to readers";
        }
    }

    public Counts counts() {
        int entries = 0;
        int journalFiles = 0;
        for (FileNode f : files.values()) {
            if (f.entry() != null) {
                journalFiles++;
                entries += f.entry().sections().isEmpty()
                        ? 1
                        : f.entry().sections().size();
            }
        }
        int shown = journal.entries().size() + journal.undated().size();
        return new Counts(entries, journalFiles, shown, files.size() - journalFiles, folders.size());
    }

    /** Whether readers may see an entry (a whole file or a section). */
    public boolean visible(EntryInfo info) {
        return journal.visible(info, clock.instant(), zone);
    }

    /** Whether an entry is out for everyone (not a draft, not dated in the future), as opposed to shown for previewing. */
    public boolean published(Entry e) {
        return journal.published(e);
    }

    public Path realRoot() {
        return realRoot;
    }

    public FolderNode root() {
        return root;
    }

    public Optional<FolderNode> folder(String relPath) {
        return Optional.ofNullable(folders.get(relPath));
    }

    public Map<String, FileNode> files() {
        return files;
    }

    public Map<String, FolderNode> folders() {
        return folders;
    }

    public Journal journal() {
        return journal;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Changes whenever a selector appears or disappears (what links resolve to may change). */
    public long structure() {
        return structure;
    }

    /** What the last scan found wrong with files (front matter, unreadable, too large). */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many distinct places an entry's links lead to: web and gopher URLs, and files, folders
     * and entries of this hole that readers may see. Links to nothing (a missing file, a wikilink
     * to no page, an anchor) and block references are not counted.
     */
    public int followableLinks(Entry entry) {
        // Every menu that lists an entry asks; the answer holds for this snapshot, so it is kept.
        // Looked up before computeIfAbsent: its capturing lambda was made for every entry listed.
        Integer known = followable.get(entry.selector());
        return known != null ? known : followable.computeIfAbsent(entry.selector(), s -> countFollowable(entry));
    }

    private final Map<String, Integer> followable = new java.util.concurrent.ConcurrentHashMap<>();

    private int countFollowable(Entry entry) {
        HoleLinks links = links("", 0, entry.file().folder());
        return (int) entry.info().links().stream()
                .map(links::resolve)
                .flatMap(Optional::stream)
                .filter(r -> !(r instanceof Reference.Missing))
                .distinct()
                .count();
    }

    /** Link lookups for entries in folder {@code folder}: drafts and hidden things are not found. */
    public HoleLinks links(String host, int port, String folder) {
        return new HoleLinks(host, port, folder, lookup);
    }

    private final HoleLinks.Lookup lookup = new HoleLinks.Lookup() {
        @Override
        public Optional<HoleLinks.Destination> byPath(String path) {
            String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            FolderNode folder = folders.get(p);
            if (folder != null) {
                return Optional.of(new HoleLinks.Destination(Kind.MENU, folder.selector()));
            }
            FileNode file = files.get(p);
            if (file == null || (file.entry() != null && !visible(file.entry().whole()))) {
                return Optional.empty();
            }
            return Optional.of(new HoleLinks.Destination(file.type(), file.selector()));
        }

        @Override
        public Optional<HoleLinks.Destination> byName(String name) {
            String rel = byName.get(HoleLinks.nameKey(name));
            return rel == null ? Optional.empty() : byPath(rel);
        }

        @Override
        public Optional<String> block(String uuid) {
            FileNode file = blockFiles.get(uuid);
            if (file == null || !visible(file.entry().whole())) {
                return Optional.empty();
            }
            return Optional.ofNullable(file.entry().blocks().get(uuid));
        }

        @Override
        public Optional<String> pageText(String name) {
            String rel = byName.get(HoleLinks.nameKey(name));
            FileNode file = rel == null ? null : files.get(rel);
            if (file == null || file.entry() == null || !visible(file.entry().whole())) {
                return Optional.empty();
            }
            return Optional.of(file.entry().whole().text());
        }
    };
}
