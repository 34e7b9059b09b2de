package dev.phlogd.cli;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.content.SafePath;
import dev.phlogd.index.Entry;
import dev.phlogd.index.FileNode;
import dev.phlogd.index.Hole;
import dev.phlogd.index.Indexer;
import dev.phlogd.index.Journal;
import dev.phlogd.index.Problem;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.RawLink;
import dev.phlogd.journal.Reference;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.journal.TitleSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code phlogd check}: scans the hole as the server would and reports what a writer should know:
 * entries per format, drafts and hidden files, entries without a date or title of their own, and
 * the errors (front matter that failed to parse, links to missing local files, files too large or
 * unreadable). Exit code 1 when there are errors, so it can guard a git hook or a deploy.
 */
public final class CheckCommand {
    private static final int SHOWN = 8;

    private CheckCommand() {}

    public static int run(
            ServerConfig config,
            List<String> args,
            Indexer.Options options,
            Clock clock,
            PrintStream out,
            PrintStream err) {
        if (!args.isEmpty()) {
            err.println("phlogd: check takes no arguments besides options (see --help)");
            return 2;
        }
        if (!Files.isDirectory(config.root())) {
            err.println("phlogd: content folder not found: " + config.root().toAbsolutePath());
            return 2;
        }
        Hole hole;
        try (Indexer indexer = Indexer.start(
                config.root(),
                new Indexer.Options(
                        options.width(),
                        options.zone(),
                        options.showDrafts(),
                        options.maxEntryBytes(),
                        Duration.ofDays(1),
                        false),
                clock)) {
            hole = indexer.hole();
        } catch (IOException e) {
            err.println("phlogd: cannot read content folder " + config.root().toAbsolutePath() + ": " + e.getMessage());
            return 2;
        }
        Report report = new Report();
        survey(hole, config, clock.instant(), report);
        hidden(hole.realRoot(), report);
        report.print(hole, out);
        return report.errors.isEmpty() ? 0 : 1;
    }

    /** What the check found. */
    private static final class Report {
        final Map<SourceFormat, Integer> files = new EnumMap<>(SourceFormat.class);
        int entries;
        final List<String> drafts = new ArrayList<>();
        final List<String> future = new ArrayList<>();
        final List<String> undated = new ArrayList<>();
        final List<String> untitled = new ArrayList<>();
        final List<String> hidden = new ArrayList<>();
        final List<String> unresolvedWikilinks = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        void print(Hole hole, PrintStream out) {
            out.println("phlogd check " + hole.realRoot());
            int fileCount = files.values().stream().mapToInt(Integer::intValue).sum();
            out.println("  " + entries + " entries in " + fileCount + " journal files ("
                    + String.join(
                            ", ",
                            files.entrySet().stream()
                                    .map(e -> e.getValue() + " " + label(e.getKey()))
                                    .toList())
                    + "), " + (hole.files().size() - fileCount) + " other files, "
                    + hole.folders().size() + " folders");
            section(out, "drafts and unpublished (hidden from readers)", drafts);
            section(out, "dated in the future (hidden until then)", future);
            section(out, "without a date of their own (dated by the file's time, listed as pages)", undated);
            section(out, "without a title of their own (titled from the file name)", untitled);
            section(out, "hidden files and folders (never served)", hidden);
            section(out, "wikilinks to pages that do not exist", unresolvedWikilinks);
            if (errors.isEmpty()) {
                out.println("No errors.");
            } else {
                out.println(errors.size() + (errors.size() == 1 ? " error:" : " errors:"));
                errors.forEach(e -> out.println("  " + e));
            }
        }

        private static void section(PrintStream out, String title, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            out.println("  " + title + ": " + items.size());
            items.stream().limit(SHOWN).forEach(i -> out.println("    " + i));
            if (items.size() > SHOWN) {
                out.println("    ... and " + (items.size() - SHOWN) + " more");
            }
        }

        private static String label(SourceFormat f) {
            return switch (f) {
                case MARKDOWN -> "Markdown";
                case PLAIN_TEXT -> "plain text";
                case GEMTEXT -> "gemtext";
                case JRNL -> "jrnl";
            };
        }
    }

    private static void survey(Hole hole, ServerConfig config, Instant now, Report report) {
        for (Problem p : hole.problems()) {
            report.errors.add(p.relPath() + ": " + p.message());
        }
        for (FileNode f : new TreeMap<>(hole.files()).values()) {
            if (f.entry() == null) {
                continue;
            }
            report.files.merge(f.entry().format(), 1, Integer::sum);
            EntryInfo whole = f.entry().whole();
            if (whole.draft()) {
                report.drafts.add(f.relPath());
            }
            List<EntryInfo> infos =
                    f.entry().sections().isEmpty() ? List.of(whole) : f.entry().sections();
            for (EntryInfo info : infos) {
                report.entries++;
                String where = f.relPath() + (info.id().isEmpty() ? "" : " (" + info.id() + ")");
                if (!info.draft() && !Journal.isPublished(info, now, hole.zone())) {
                    report.future.add(where + ": " + info.date().display());
                }
            }
            if (!new Entry(f, whole, f.selector()).dated()) {
                report.undated.add(f.relPath());
            }
            if (whole.titleSource() == TitleSource.FILE_NAME) {
                report.untitled.add(f.relPath());
            }
            links(hole, config, f, whole, report);
        }
    }

    private static void links(Hole hole, ServerConfig config, FileNode f, EntryInfo whole, Report report) {
        HoleLinks links = hole.links(config.hostname(), config.advertisedPort(config.port()), f.folder());
        TreeSet<String> missing = new TreeSet<>();
        for (RawLink link : whole.links()) {
            Optional<Reference> ref = links.resolve(link);
            if (ref.isPresent()
                    && ref.get() instanceof Reference.Missing m
                    && !link.target().contains(":")) {
                missing.add(m.target());
            } else if (ref.isEmpty() && link.kind() == RawLink.Kind.WIKI) {
                report.unresolvedWikilinks.add(f.relPath() + ": [[" + link.target() + "]]");
            }
        }
        for (String target : missing) {
            report.errors.add(f.relPath() + ": link to a missing file: " + target);
        }
    }

    /** Hidden files and folders under the root (a hidden folder counts once, its content is not listed). */
    private static void hidden(Path root, Report report) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)
                            && SafePath.isHiddenName(dir.getFileName().toString())) {
                        report.hidden.add(root.relativize(dir) + "/");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (SafePath.isHiddenName(name) && !name.equals("gophermap")) {
                        report.hidden.add(root.relativize(file).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    report.errors.add(root.relativize(file) + ": cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.errors.add("cannot walk the content folder: " + e.getMessage());
        }
    }
}
