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
import java.util.List;
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
        CheckReport report = new CheckReport(
                DRAFTS, FUTURE, UNDATED, UNTITLED, HIDDEN, WIKILINKS, BLOCK_REFS, EMPTY, MAPS, EXTENSIONLESS);
        survey(hole, config, clock.instant(), report);
        report.showAll(MAPS);
        hidden(hole.realRoot(), report);
        HoleFileChecks.gophermaps(hole, config, report);
        HoleFileChecks.extensionless(hole, report);
        report.print(hole, out);
        return report.hasErrors() ? 1 : 0;
    }

    static final String DRAFTS = "drafts and unpublished (hidden from readers)";
    static final String FUTURE = "dated in the future (hidden until then)";
    static final String UNDATED = "without a date of their own (dated by the file's time, listed as pages)";
    static final String UNTITLED = "without a title of their own (titled from the file name)";
    static final String HIDDEN = "hidden files and folders (never served)";
    static final String WIKILINKS = "wikilinks to pages that do not exist";
    static final String BLOCK_REFS = "Logseq block references and embeds that find no block (shown as nothing)";
    static final String EMPTY = "empty entries (readers see only a title)";
    static final String MAPS = "gophermap lines phlogd forgives or suspects";
    static final String EXTENSIONLESS =
            "files without an extension that look like Markdown (sent as they are; name them .md to have them rendered)";

    private static void survey(Hole hole, ServerConfig config, Instant now, CheckReport report) {
        for (Problem p : hole.problems()) {
            report.error(p.relPath() + ": " + p.message());
        }
        for (FileNode f : new TreeMap<>(hole.files()).values()) {
            if (f.entry() == null) {
                continue;
            }
            report.files.merge(f.entry().format(), 1, Integer::sum);
            EntryInfo whole = f.entry().whole();
            if (whole.draft()) {
                report.note(DRAFTS, f.relPath());
            }
            List<EntryInfo> infos =
                    f.entry().sections().isEmpty() ? List.of(whole) : f.entry().sections();
            for (EntryInfo info : infos) {
                String where = f.relPath() + (info.id().isEmpty() ? "" : " (" + info.id() + ")");
                if (!info.draft() && !Journal.isPublished(info, now, hole.zone())) {
                    report.note(FUTURE, where + ": " + info.date().display());
                }
            }
            if (!new Entry(f, whole, f.selector()).dated()) {
                report.note(UNDATED, f.relPath());
            }
            if (whole.titleSource() == TitleSource.FILE_NAME) {
                report.note(UNTITLED, f.relPath());
            }
            links(hole, config, f, whole, report);
            if (whole.text().isBlank() && f.entry().sections().isEmpty()) {
                report.note(EMPTY, f.relPath() + (f.size() == 0 ? " (an empty file)" : privateOnly(f)));
            }
        }
    }

    private static void links(Hole hole, ServerConfig config, FileNode f, EntryInfo whole, CheckReport report) {
        HoleLinks links = hole.links(config.hostname(), config.advertisedPort(config.port()), f.folder());
        TreeSet<String> missing = new TreeSet<>();
        for (RawLink link : whole.links()) {
            Optional<Reference> ref = links.resolve(link);
            if (ref.isPresent()
                    && ref.get() instanceof Reference.Missing m
                    && !link.target().contains(":")) {
                missing.add(m.target());
            } else if (ref.isEmpty() && link.kind() == RawLink.Kind.WIKI) {
                report.note(WIKILINKS, f.relPath() + ": [[" + link.target() + "]]");
            } else if (ref.isEmpty() && link.kind() == RawLink.Kind.EMBED) {
                report.error(f.relPath() + ": embeds a file that does not exist: ![[" + link.target() + "]]");
            } else if (link.kind() == RawLink.Kind.BLOCK
                    && links.blockText(link.target()).isEmpty()) {
                report.note(BLOCK_REFS, f.relPath() + ": ((" + link.target() + "))");
            }
        }
        for (String target : missing) {
            report.error(f.relPath() + ": link to a missing file: " + target);
        }
    }

    /** Why a file with content shows nothing: it is all Obsidian comments, or only front matter. */
    private static String privateOnly(FileNode f) {
        try {
            return Files.readString(f.realPath(), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains("%%")
                    ? " (everything in it is an Obsidian %% comment %%, which readers never see)"
                    : " (nothing but front matter or properties)";
        } catch (IOException e) {
            return "";
        }
    }

    /** Hidden files and folders under the root (a hidden folder counts once, its content is not listed). */
    private static void hidden(Path root, CheckReport report) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)
                            && SafePath.isHiddenName(dir.getFileName().toString())) {
                        report.note(HIDDEN, root.relativize(dir) + "/");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (SafePath.isHiddenName(name) && !name.equals("gophermap")) {
                        report.note(HIDDEN, root.relativize(file).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    report.error(root.relativize(file) + ": cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.error("cannot walk the content folder: " + e.getMessage());
        }
    }
}
