package dev.phlogd.render;

import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An entry from its file to its text: read, parse, render. The server and the {@code render}
 * command both go through here, so what a writer previews is what a reader gets.
 */
public final class EntryPipeline {
    private final JournalParser parser;
    private final EntryRenderer renderer;

    public EntryPipeline(int width, ZoneId zone) {
        this.parser = new JournalParser(width, zone);
        this.renderer = new EntryRenderer(width);
    }

    /**
     * Reads and parses an entry file; {@code name} is the file name its format and date are judged
     * by, and its modification time is its date when nothing else dates it.
     */
    public JournalDocument read(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return parser.parse(name, bytes, Files.getLastModifiedTime(file).toInstant());
    }

    /** The whole entry ({@code sectionId} empty) or one dated section; empty when that section is gone. */
    public Optional<RenderedEntry> render(JournalDocument doc, String sectionId, HoleLinks links) {
        if (!sectionId.isEmpty() && doc.section(sectionId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(renderer.render(doc, sectionId, links));
    }

    /** The same entry as gemtext, from the same parse; empty when that section is gone. */
    public Optional<String> gemtext(JournalDocument doc, String sectionId, HoleLinks links) {
        if (!sectionId.isEmpty() && doc.section(sectionId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GemtextRenderer.render(doc, sectionId, links));
    }
}
