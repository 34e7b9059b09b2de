package dev.phlogd.cli;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.content.DiskLookup;
import dev.phlogd.content.SafePath;
import dev.phlogd.content.Selectors;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.page.Page;
import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.GopherWriter;
import dev.phlogd.render.EntryPipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code phlogd render FILE}: prints an entry exactly as a Gopher client receives it, to preview
 * while writing. A file of dated sections prints each section's entry, each after a
 * {@code ==> selector <==} line.
 */
public final class RenderCommand {
    private RenderCommand() {}

    public static int run(ServerConfig config, List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("phlogd: render needs exactly one FILE (see --help)");
            return 2;
        }
        Path file = Path.of(args.get(0));
        Path real;
        try {
            real = file.toRealPath();
            if (!Files.isRegularFile(real)) {
                err.println("phlogd: not a file: " + file);
                return 2;
            }
        } catch (IOException e) {
            err.println("phlogd: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Path root = rootFor(config.root(), real);
        String rel = root.relativize(real).toString().replace('\\', '/');
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
        int port = config.advertisedPort(config.port());
        HoleLinks links = new HoleLinks(config.hostname(), port, folder, new DiskLookup(root));
        EntryPipeline pipeline = new EntryPipeline(config.width(), config.timezone());
        GopherWriter writer = new GopherWriter(config.hostname(), port, config.strictRfc1436());
        if (SafePath.segments(rel).isEmpty()) {
            // Hidden (a dot name, an editor's leftover) or a gophermap: the server never sends it.
            out.writeBytes(writer.bytes(ErrorReplies.notFound(Selectors.file(rel))));
            out.flush();
            err.println("phlogd: " + file + " is never served (hidden files and gophermaps are not)");
            return 1;
        }
        try {
            if (!SourceFormat.isEntry(real.getFileName().toString()) || Files.size(real) > config.maxEntryBytes()) {
                // Not an entry (or too large to render): the server sends it byte for byte.
                out.write(Files.readAllBytes(real));
                out.flush();
                return 0;
            }
        } catch (IOException e) {
            err.println("phlogd: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        JournalDocument doc;
        try {
            doc = pipeline.read(real, real.getFileName().toString());
        } catch (IOException e) {
            err.println("phlogd: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        doc.frontMatterError().ifPresent(reason -> err.println("phlogd: " + file + ": front matter " + reason));
        if (doc.sections().isEmpty()) {
            out.writeBytes(entry(pipeline, writer, doc, doc.whole(), links));
        } else {
            String selector = Selectors.entry(rel, DiskLookup.siblings(real.getParent()));
            for (JournalDocument.Section s : doc.sections()) {
                out.writeBytes(("==> " + Selectors.section(selector, s.info().id()) + " <==\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(entry(pipeline, writer, doc, s.info(), links));
            }
        }
        out.flush();
        return 0;
    }

    /** The bytes a client receives for the whole entry or one section: the server's own pipeline and writer. */
    private static byte[] entry(
            EntryPipeline pipeline, GopherWriter writer, JournalDocument doc, EntryInfo info, HoleLinks links) {
        return writer.bytes(new Page.Entry(
                info.title(),
                pipeline.render(doc, info.id(), links).orElseThrow().text()));
    }

    /** The content root when the file lies in it, else the file's own folder. */
    private static Path rootFor(Path configured, Path realFile) {
        try {
            Path root = configured.toRealPath();
            if (realFile.startsWith(root)) {
                return root;
            }
        } catch (IOException e) {
            // No such root: the file's folder stands in for it.
        }
        return realFile.getParent();
    }
}
