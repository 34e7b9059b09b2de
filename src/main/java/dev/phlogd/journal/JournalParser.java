package dev.phlogd.journal;

import dev.phlogd.text.CleanText;
import dev.phlogd.text.TextDecoder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Reads an entry file into a {@link JournalDocument}. The rules, in the order they apply:
 * <ul>
 *   <li>Format: {@code .md} and friends are Markdown, {@code .gmi} gemtext; a {@code .txt} is
 *       Markdown when it has front matter or Markdown syntax, jrnl when it starts with a
 *       {@code [YYYY-MM-DD HH:MM]} line, plain text otherwise.
 *   <li>Date: front matter, else the file name, else the first dated heading, else the file's
 *       modification time.
 *   <li>Title: front matter (or Logseq's {@code title::}), else the first heading, else the file
 *       name made readable.
 *   <li>Tags: front matter {@code tags} and {@code categories} (Zola's {@code [taxonomies]} too),
 *       Logseq {@code tags::}, and inline {@code #tag} / {@code #[[multi word tag]]}.
 *   <li>Draft: {@code draft: true} or {@code published: false}.
 *   <li>A file with two or more headings (of one level) that start with a date is made of dated
 *       sections, one entry each; so is a jrnl file with two or more entries.
 * </ul>
 * Front matter that fails to parse loses only its values: the body, title and date from other
 * sources stay, and the reason is reported in {@link JournalDocument#frontMatterError()}.
 */
public final class JournalParser {
    static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(?:#{1,6} \\S|```|~~~|\\s*[-*+] \\[[ xX]\\] |\\t+[-*+] )|\\]\\([^)\\s]+\\)|!\\[|\\[\\[[^\\]\\n]+\\]\\]|\\*\\*\\S|<https?://");

    private final int width;
    private final ZoneId zone;

    /**
     * @param width the wrap width (it decides which {@code ```markdown} fences are prose)
     * @param zone the time zone of modification times used as dates
     */
    public JournalParser(int width, ZoneId zone) {
        this.width = width;
        this.zone = zone;
    }

    /**
     * Whether a text file reads as Markdown ({@link #MARKDOWN_SIGNS}). Every sign holds one of a
     * few characters; a text without any is ruled out in one pass instead of the pattern being
     * tried at every position (a twentieth of parsing a hole of text files).
     */
    static boolean hasMarkdownSigns(String body) {
        for (int i = 0, n = body.length(); i < n; i++) {
            switch (body.charAt(i)) {
                case '#', '`', '~', '[', ']', '!', '*', '<', '\t' -> {
                    return MARKDOWN_SIGNS.matcher(body).find();
                }
                default -> {}
            }
        }
        return false;
    }

    public JournalDocument parse(String fileName, byte[] bytes, Instant modified) {
        String text = CleanText.withoutControls(TextDecoder.decode(bytes).replace("\uFEFF", ""));
        SourceFormat byName = SourceFormat.of(fileName).orElse(SourceFormat.PLAIN_TEXT);
        SourceFile file = new SourceFile(fileName, modified, zone);
        if (byName == SourceFormat.ORG) {
            return OrgEntries.parse(file, text, width);
        }
        if (byName == SourceFormat.MARKDOWN) {
            return markdown(file, text, null);
        }
        FrontMatter fm = FrontMatter.split(text);
        if (byName == SourceFormat.GEMTEXT) {
            return TextEntries.parse(file, fm, SourceFormat.GEMTEXT);
        }
        if (fm.kind() != FrontMatter.Kind.NONE) {
            return markdown(file, text, fm);
        }
        boolean jrnl = JrnlEntries.isJrnl(fm.body());
        if (!jrnl && hasMarkdownSigns(fm.body())) {
            return markdown(file, text, fm);
        }
        if (jrnl) {
            return JrnlEntries.parse(file, fm);
        }
        return TextEntries.parse(file, fm, SourceFormat.PLAIN_TEXT);
    }

    /**
     * Obsidian comments are private wherever they stand, in front matter too: they go before
     * anything else reads the file. {@code read} is the front matter of {@code text} when already
     * split: reading it again, as every Markdown file's used to be, was an eighth of indexing.
     */
    private JournalDocument markdown(SourceFile file, String text, FrontMatter read) {
        String visible = ObsidianComments.strip(text);
        FrontMatter fm = read != null && visible == text ? read : FrontMatter.split(visible);
        return MarkdownEntries.parse(file, fm, width);
    }
}
