package dev.phlogd.index;

import dev.phlogd.content.FileKinds;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.page.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the node of one file a scan found: an entry file read and parsed (or, when too large or
 * unreadable, kept as a plain file with a problem noted), any other file as it is. Safe to use
 * from several threads at once.
 */
final class FileReader {
    private static final Logger log = LoggerFactory.getLogger(FileReader.class);

    private final JournalParser parser;
    private final long maxEntryBytes;

    FileReader(JournalParser parser, long maxEntryBytes) {
        this.parser = parser;
        this.maxEntryBytes = maxEntryBytes;
    }

    FileNode read(String relPath, Path real, BasicFileAttributes attrs, String selector, List<Problem> problems) {
        String name = real.getFileName() == null ? relPath : relPath.substring(relPath.lastIndexOf('/') + 1);
        long modified = attrs.lastModifiedTime().toMillis();
        if (!SourceFormat.isEntry(name)) {
            return new FileNode(relPath, real, attrs.size(), modified, FileKinds.typeOf(real), selector, null);
        }
        if (attrs.size() > maxEntryBytes) {
            problems.add(new Problem(relPath, "too large to render (" + attrs.size() + " bytes); served as it is"));
            log.warn("{}: too large to render ({} bytes); served as it is", relPath, attrs.size());
            return new FileNode(relPath, real, attrs.size(), modified, Kind.TEXT, selector, null);
        }
        try {
            byte[] bytes = Files.readAllBytes(real);
            JournalDocument doc = parser.parse(name, bytes, Instant.ofEpochMilli(modified));
            doc.frontMatterError().ifPresent(reason -> {
                problems.add(new Problem(relPath, "front matter " + reason));
                log.warn("{}: front matter {}", relPath, reason);
            });
            // The size and time read before the parse stay the node's: if the file changed in
            // between, the next scan sees the difference and parses it again.
            return new FileNode(relPath, real, attrs.size(), modified, Kind.TEXT, selector, EntryFile.of(doc));
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(relPath, "cannot read: " + e.getMessage()));
            log.warn("cannot read {}: {}", relPath, e.toString());
            return new FileNode(relPath, real, attrs.size(), modified, Kind.TEXT, selector, null);
        }
    }
}
