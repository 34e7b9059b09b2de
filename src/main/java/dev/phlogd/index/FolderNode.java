package dev.phlogd.index;

import dev.phlogd.menu.Gophermap;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A visible folder: its subfolders and files by name, and its hand-written gophermap if it has
 * one. Immutable; a folder whose content changed is a new node, an unchanged one is reused from
 * the previous scan.
 */
public final class FolderNode extends OnDisk {
    private final String relPath;
    private final List<FolderNode> folders;
    private final List<FileNode> files;
    private final Gophermap gophermap;
    private final long gophermapStamp;
    private final long modifiedMillis;

    FolderNode(
            String relPath,
            Path realPath,
            List<FolderNode> folders,
            List<FileNode> files,
            Gophermap gophermap,
            long gophermapStamp,
            long modifiedMillis) {
        super(realPath);
        this.relPath = relPath;
        this.folders = List.copyOf(folders);
        this.files = List.copyOf(files);
        this.gophermap = gophermap;
        this.gophermapStamp = gophermapStamp;
        this.modifiedMillis = modifiedMillis;
    }

    /** The folder's own modification time when scanned (it changes when entries are added, removed or renamed). */
    public long modifiedMillis() {
        return modifiedMillis;
    }

    @Override
    boolean unchanged(BasicFileAttributes now) {
        return now.lastModifiedTime().toMillis() == modifiedMillis;
    }

    public String relPath() {
        return relPath;
    }

    public String name() {
        return relPath.substring(relPath.lastIndexOf('/') + 1);
    }

    /** {@code /} for the root, else {@code /a/b/}. */
    public String selector() {
        return relPath.isEmpty() ? "/" : "/" + relPath + "/";
    }

    public List<FolderNode> folders() {
        return folders;
    }

    public List<FileNode> files() {
        return files;
    }

    /** The hand-written gophermap, or null. */
    public Gophermap gophermap() {
        return gophermap;
    }

    long gophermapStamp() {
        return gophermapStamp;
    }

    /** Whether this node holds exactly the same children (the same instances) and gophermap as {@code other}. */
    boolean sameAs(
            String otherRel,
            List<FolderNode> otherFolders,
            List<FileNode> otherFiles,
            long otherStamp,
            long otherModified) {
        if (!relPath.equals(otherRel)
                || gophermapStamp != otherStamp
                || modifiedMillis != otherModified
                || folders.size() != otherFolders.size()
                || files.size() != otherFiles.size()) {
            return false;
        }
        for (int i = 0; i < folders.size(); i++) {
            if (folders.get(i) != otherFolders.get(i)) {
                return false;
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != otherFiles.get(i)) {
                return false;
            }
        }
        return true;
    }
}
