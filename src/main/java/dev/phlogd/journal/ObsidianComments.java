package dev.phlogd.journal;

/**
 * Obsidian's {@code %% comment %%}: text that Obsidian shows only while editing, where writers keep
 * private notes. Taken out of the source before anything else reads it, so that no rendering,
 * search word, snippet, feed summary or link can carry it. Inside fenced code and code spans
 * {@code %%} is text, as Obsidian treats it. A comment left open runs to the end of the file, as in
 * Obsidian: hiding too much is the safe side.
 */
public final class ObsidianComments {
    private ObsidianComments() {}

    /** {@code markdown} without its comments; each comment's line breaks are kept, so line numbers stay. */
    public static String strip(String markdown) {
        if (!markdown.contains("%%")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inComment = false;
        String fence = null;
        int lineStart = 0;
        int n = markdown.length();
        while (lineStart <= n) {
            int nl = markdown.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            String line = markdown.substring(lineStart, lineEnd);
            if (!inComment && fence != null) {
                out.append(line);
                if (closesFence(line, fence)) {
                    fence = null;
                }
            } else if (!inComment && opensFence(line) != null) {
                fence = opensFence(line);
                out.append(line);
            } else {
                inComment = stripLine(line, inComment, out);
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            lineStart = nl + 1;
        }
        return out.toString();
    }

    /** Appends {@code line} without its comment parts; returns whether a comment is still open at its end. */
    private static boolean stripLine(String line, boolean inComment, StringBuilder out) {
        int i = 0;
        int len = line.length();
        int textStart = out.length();
        while (i < len) {
            if (inComment) {
                int close = line.indexOf("%%", i);
                if (close < 0) {
                    trimLineIfOnlyComment(out, textStart);
                    return true;
                }
                inComment = false;
                i = close + 2;
                // "a %%x%% b" reads "a b", as Obsidian's reading view shows it.
                boolean spaceBefore = out.length() > textStart && Character.isWhitespace(out.charAt(out.length() - 1));
                while (spaceBefore && i < len && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                continue;
            }
            char c = line.charAt(i);
            if (c == '`') {
                int run = runLength(line, i, '`');
                int close = findRun(line, i + run, run);
                if (close >= 0) {
                    out.append(line, i, close + run);
                    i = close + run;
                    continue;
                }
                out.append(line, i, i + run);
                i += run;
                continue;
            }
            if (c == '%' && i + 1 < len && line.charAt(i + 1) == '%') {
                inComment = true;
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        trimLineIfOnlyComment(out, textStart);
        return inComment;
    }

    /** A line that held nothing but a comment and white space becomes empty, not a line of spaces. */
    private static void trimLineIfOnlyComment(StringBuilder out, int textStart) {
        for (int j = textStart; j < out.length(); j++) {
            if (!Character.isWhitespace(out.charAt(j))) {
                return;
            }
        }
        out.setLength(textStart);
    }

    private static int runLength(String s, int from, char c) {
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** The start of the next run of exactly {@code run} backticks at or after {@code from}, or -1. */
    private static int findRun(String s, int from, int run) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '`') {
                int r = runLength(s, i, '`');
                if (r == run) {
                    return i;
                }
                i += r;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The fence string (three or more backticks or tildes) a line opens, or null. */
    private static String opensFence(String line) {
        String t = stripIndent(line);
        if (t.length() < 3) {
            return null;
        }
        char c = t.charAt(0);
        if (c != '`' && c != '~') {
            return null;
        }
        int run = runLength(t, 0, c);
        if (run < 3 || (c == '`' && t.indexOf('`', run) >= 0)) {
            return null;
        }
        return String.valueOf(c).repeat(run);
    }

    private static boolean closesFence(String line, String fence) {
        String t = stripIndent(line);
        char c = fence.charAt(0);
        int run = runLength(t, 0, c);
        return run >= fence.length() && t.substring(run).isBlank();
    }

    /**
     * The line without its indent and container marks (list bullets, quote marks), where a fence
     * may stand inside a list item or a quote (Logseq nests every block in a list).
     */
    private static String stripIndent(String line) {
        return CONTAINER.matcher(line).replaceFirst("");
    }

    private static final java.util.regex.Pattern CONTAINER =
            java.util.regex.Pattern.compile("^(?:[ \\t]*(?:[-*+]|\\d{1,9}[.)]|>)[ \\t]+)*[ \\t]*");
}
