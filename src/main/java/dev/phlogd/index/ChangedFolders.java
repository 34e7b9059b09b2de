package dev.phlogd.index;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A targeted rescan: which folders it lists again, given the folders the watcher named, and how
 * it takes every other folder over from the previous scan unchanged.
 */
final class ChangedFolders {
    private ChangedFolders() {}

    /**
     * The relative paths of the folders a targeted scan lists again (the changed ones and every
     * folder above them), or null to list all: a changed path that names no folder of the previous
     * scan (a new folder, the root's parent) could be anywhere.
     */
    static Set<String> onTheWayTo(Set<Path> changed, Map<String, FolderNode> previousFolders) {
        if (changed.isEmpty()) {
            return null;
        }
        Set<String> visit = new HashSet<>();
        Set<Path> matched = new HashSet<>();
        for (FolderNode f : previousFolders.values()) {
            if (changed.contains(f.realPath())) {
                matched.add(f.realPath());
                for (String rel = f.relPath(); visit.add(rel) && !rel.isEmpty(); ) {
                    int slash = rel.lastIndexOf('/');
                    rel = slash < 0 ? "" : rel.substring(0, slash);
                }
            }
        }
        return matched.size() == changed.size() ? visit : null;
    }

    /** Takes a folder of the previous scan, and everything in it, into this one as it was. */
    static void keep(FolderNode folder, Map<String, FileNode> files, Map<String, FolderNode> folders) {
        folders.put(folder.relPath(), folder);
        for (FileNode f : folder.files()) {
            files.put(f.relPath(), f);
        }
        for (FolderNode sub : folder.folders()) {
            keep(sub, files, folders);
        }
    }
}
