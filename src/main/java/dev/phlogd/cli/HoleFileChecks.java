package dev.phlogd.cli;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.content.Selectors;
import dev.phlogd.index.FileNode;
import dev.phlogd.index.FolderNode;
import dev.phlogd.index.Hole;
import dev.phlogd.journal.FileNames;
import dev.phlogd.menu.GophermapCheck;
import dev.phlogd.page.Kind;
import dev.phlogd.text.TextDecoder;
import dev.phlogd.views.VirtualSelectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The checks of files the server sends as they are: hand-written gophermaps and extensionless texts. */
final class HoleFileChecks {
    /** A heading, a list item or a Markdown link: the signs of a Markdown file. */
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^#{1,6} \\S|^\\s*[-*] \\S.*$|\\]\\([^)\\s]+\\)");

    private HoleFileChecks() {}

    /** Every line of every hand-written map that will not work as its writer meant. */
    static void gophermaps(Hole hole, ServerConfig config, CheckReport report) {
        for (FolderNode folder : new TreeMap<>(hole.folders()).values()) {
            if (folder.gophermap() == null) {
                continue;
            }
            Path map = folder.realPath().resolve("gophermap");
            String where = (folder.relPath().isEmpty() ? "" : folder.relPath() + "/") + "gophermap";
            String text;
            try {
                text = TextDecoder.decode(Files.readAllBytes(map));
            } catch (IOException e) {
                report.error(where + ": cannot read: " + e.getMessage());
                continue;
            }
            var findings = GophermapCheck.check(
                    text,
                    folder.selector(),
                    selector -> exists(hole, selector),
                    config.hostname(),
                    config.advertisedPort(config.port()));
            for (GophermapCheck.Finding f : findings) {
                String line = where + ":" + f.line() + ": " + f.message();
                if (f.severity() == GophermapCheck.Severity.ERROR) {
                    report.error(line);
                } else {
                    report.note(CheckCommand.MAPS, line);
                }
            }
        }
    }

    private static boolean exists(Hole hole, String selector) {
        return VirtualSelectors.isVirtual(selector)
                || selector.equals("/caps.txt")
                || hole.resolve(selector).isPresent()
                || hole.resolve(Selectors.forgiven(selector)).isPresent();
    }

    /** Text files without an extension that are written in Markdown: served raw, which their writer may not want. */
    static void extensionless(Hole hole, CheckReport report) {
        for (FileNode f : new TreeMap<>(hole.files()).values()) {
            if (f.entry() != null
                    || f.type() != Kind.TEXT
                    || !FileNames.extension(f.name()).isEmpty()) {
                continue;
            }
            try {
                String text = TextDecoder.decode(Files.readAllBytes(f.realPath()));
                if (MARKDOWN.matcher(text).results().count() >= 2) {
                    report.note(CheckCommand.EXTENSIONLESS, f.relPath());
                }
            } catch (IOException e) {
                report.error(f.relPath() + ": cannot read: " + e.getMessage());
            }
        }
    }
}
