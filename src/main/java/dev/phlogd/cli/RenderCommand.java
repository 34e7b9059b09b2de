package dev.phlogd.cli;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.content.DiskLookup;
import dev.phlogd.content.Selectors;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.protocol.TextFormat;
import dev.phlogd.render.EntryRenderer;
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
        byte[] bytes;
        Path real;
        try {
            real = file.toRealPath();
            if (!Files.isRegularFile(real)) {
                err.println("phlogd: not a file: " + file);
                return 2;
            }
            bytes = Files.readAllBytes(real);
        } catch (IOException e) {
            err.println("phlogd: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Path root = rootFor(config.root(), real);
        String rel = root.relativize(real).toString().replace('\\', '/');
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
        int port = config.advertisedPort(config.port());
        HoleLinks links = new HoleLinks(config.hostname(), port, folder, new DiskLookup(root));
        JournalDocument doc;
        try {
            doc = new JournalParser(config.width(), config.timezone())
                    .parse(real.getFileName().toString(), bytes, Files.getLastModifiedTime(real).toInstant());
        } catch (IOException e) {
            err.println("phlogd: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        doc.frontMatterError().ifPresent(reason -> err.println("phlogd: " + file + ": front matter ignored: " + reason));
        EntryRenderer renderer = new EntryRenderer(config.width());
        if (doc.sections().isEmpty()) {
            out.writeBytes(TextFormat.format(renderer.render(doc, "", links).text(), config.strictRfc1436()));
        } else {
            String selector = Selectors.entry(rel, DiskLookup.siblings(real.getParent()));
            for (JournalDocument.Section s : doc.sections()) {
                out.writeBytes(("==> " + Selectors.section(selector, s.info().id()) + " <==\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(TextFormat.format(renderer.render(doc, s.info().id(), links).text(), config.strictRfc1436()));
            }
        }
        out.flush();
        return 0;
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
