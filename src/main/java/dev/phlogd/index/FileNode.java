package dev.phlogd.index;

import dev.phlogd.content.Selectors;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.page.Kind;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A visible file of the hole as last scanned. Immutable but for the time it was last checked
 * against the disk (and its entries, made once): a file that changed is a new node, so anything
 * cached from a node is stale exactly when the node is no longer the index's.
 */
public final class FileNode extends OnDisk {
    private final String relPath;
    private final long size;
    private final long modifiedMillis;
    private final Kind type;
    private final String selector;
    private final EntryFile entry;
    private List<Entry> entries;
    private List<Hole.Named> named;

    FileNode(
            String relPath,
            Path realPath,
            long size,
            long modifiedMillis,
            Kind type,
            String selector,
            EntryFile entry) {
        super(realPath);
        this.relPath = relPath;
        this.size = size;
        this.modifiedMillis = modifiedMillis;
        this.type = type;
        this.selector = selector;
        this.entry = entry;
    }

    /** Path relative to the root, with forward slashes. */
    public String relPath() {
        return relPath;
    }

    public String name() {
        return relPath.substring(relPath.lastIndexOf('/') + 1);
    }

    /** The folder's relative path ({@code ""} for the root). */
    public String folder() {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }

    public long size() {
        return size;
    }

    public long modifiedMillis() {
        return modifiedMillis;
    }

    public Kind type() {
        return type;
    }

    /** The selector it is served at (entries without their Markdown extension). */
    public String selector() {
        return selector;
    }

    /** The parsed entry, or null for files that are not journal entries. */
    public EntryFile entry() {
        return entry;
    }

    /**
     * The entries the file contributes to the journal: one per dated section, else the file
     * itself. Made once per node (an unchanged file keeps its node across rescans).
     */
    List<Entry> entries() {
        List<Entry> made = entries;
        if (made == null) {
            List<Entry> out = new ArrayList<>();
            if (entry.sections().isEmpty()) {
                out.add(new Entry(this, entry.whole(), selector));
            } else {
                for (EntryInfo s : entry.sections()) {
                    out.add(new Entry(this, s, Selectors.section(selector, s.id())));
                }
            }
            // Immutable, so a second thread making it at the same moment does no harm.
            made = List.copyOf(out);
            entries = made;
        }
        return made;
    }

    /** What the file is found under in a {@link Hole}, made once per node as its entries are. */
    List<Hole.Named> named() {
        List<Hole.Named> made = named;
        if (made == null) {
            made = Hole.named(this);
            named = made;
        }
        return made;
    }

    @Override
    boolean unchanged(BasicFileAttributes now) {
        return now.size() == size && now.lastModifiedTime().toMillis() == modifiedMillis;
    }
}
