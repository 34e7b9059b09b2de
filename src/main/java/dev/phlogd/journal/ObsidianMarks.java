package dev.phlogd.journal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obsidian's inline marks that Markdown does not know, made Markdown: {@code ==highlight==}
 * becomes strong emphasis (shown as {@code *highlight*}, like other emphasis), and block ids
 * ({@code text ^a4b3a2} at the end of a paragraph or list item, or alone on the line after a block)
 * are anchors, not text, so they go. Code spans and fenced code are left as they are.
 */
final class ObsidianMarks {
    private static final Pattern HIGHLIGHT = Pattern.compile("(?<![=\\\\])==(?=[^\\s=])(.+?)(?<=[^\\s=])==(?!=)");
    private static final Pattern BLOCK_ID = Pattern.compile("(^|\\s)\\^[A-Za-z0-9][A-Za-z0-9-]*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:[-*+>]\\s+)*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    private ObsidianMarks() {}

    static String apply(String markdown) {
        if (!markdown.contains("==") && !markdown.contains("^")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                fence = fence == null ? f.group(1) : (line.strip().startsWith(fence) ? null : fence);
                out.append(line);
            } else if (fence != null) {
                out.append(line);
            } else {
                out.append(prose(line));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** One line outside fenced code: marks changed outside its code spans. */
    private static String prose(String line) {
        StringBuilder out = new StringBuilder(line.length());
        Matcher code = CODE_SPAN.matcher(line);
        int at = 0;
        while (code.find()) {
            out.append(highlights(line.substring(at, code.start()))).append(code.group());
            at = code.end();
        }
        String rest = highlights(line.substring(at));
        Matcher id = BLOCK_ID.matcher(rest);
        if (id.find()) {
            rest = rest.substring(0, id.start()).stripTrailing();
        }
        return out.append(rest).toString();
    }

    private static String highlights(String s) {
        return s.contains("==") ? HIGHLIGHT.matcher(s).replaceAll("**$1**") : s;
    }
}
