package dev.phlogd.content;

import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.page.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers link lookups straight from the disk, for commands that run without the server's index
 * (such as {@code render}). Names are gathered once, on the first wikilink lookup.
 */
public final class DiskLookup implements HoleLinks.Lookup {
    /** Only the blocks and plain text of other pages are read with it, so its width does not matter. */
    private static final JournalParser PARSER = new JournalParser(70, java.time.ZoneOffset.UTC);

    private final Path realRoot;
    private Map<String, String> byName;
    private Map<String, String> blocks;

    public DiskLookup(Path realRoot) {
        this.realRoot = realRoot;
    }

    @Override
    public Optional<HoleLinks.Destination> byPath(String path) {
        Optional<List<String>> segments = SafePath.segments(path);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> real = SafePath.resolve(realRoot, segments.get());
        if (real.isEmpty()) {
            return Optional.empty();
        }
        String rel = String.join("/", segments.get());
        if (Files.isDirectory(real.get())) {
            return Optional.of(new HoleLinks.Destination(Kind.MENU, Selectors.folder(rel)));
        }
        String name = real.get().getFileName().toString();
        if (SourceFormat.isEntry(path)) {
            return Optional.of(new HoleLinks.Destination(
                    Kind.TEXT, Selectors.entry(rel, siblings(real.get().getParent()))));
        }
        return Optional.of(new HoleLinks.Destination(FileKinds.typeOf(real.get()), Selectors.file(rel)));
    }

    @Override
    public Optional<HoleLinks.Destination> byName(String name) {
        if (byName == null) {
            byName = names();
        }
        String rel = byName.get(HoleLinks.nameKey(name));
        return rel == null ? Optional.empty() : byPath(rel);
    }

    @Override
    public Optional<String> block(String uuid) {
        if (blocks == null) {
            blocks = blocks();
        }
        return Optional.ofNullable(blocks.get(uuid));
    }

    @Override
    public Optional<String> pageText(String name) {
        Optional<HoleLinks.Destination> found = byName(name);
        String rel = byName.get(HoleLinks.nameKey(name));
        if (found.isEmpty() || rel == null || !SourceFormat.isEntry(rel)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PARSER.parse(rel, Files.readAllBytes(realRoot.resolve(rel)), java.time.Instant.EPOCH)
                    .whole()
                    .text());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The Logseq blocks with ids in every Markdown page under the root (read once, on the first reference). */
    private Map<String, String> blocks() {
        Map<String, String> found = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(realRoot)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = realRoot.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p)
                        && SourceFormat.isEntry(rel)
                        && SafePath.segments(rel).isPresent()) {
                    found.putAll(PARSER.parse(rel, Files.readAllBytes(p), java.time.Instant.EPOCH)
                            .blocks());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable corner of the tree only means fewer references resolve.
        }
        return found;
    }

    private Map<String, String> names() {
        try (Stream<Path> files = Files.walk(realRoot)) {
            return HoleLinks.nameIndex(files.filter(Files::isRegularFile)
                    .map(p -> realRoot.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> SafePath.segments(rel).isPresent())
                    .toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable corner of the tree only means fewer wikilinks resolve.
            return Map.of();
        }
    }

    /** The visible names in a folder (which decide whether an entry's short selector is free). */
    public static List<String> siblings(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString())
                    .filter(n -> !SafePath.isHiddenName(n))
                    .forEach(names::add);
        } catch (IOException e) {
            // Without the listing the short selector is assumed free.
        }
        return names;
    }
}
