package dev.phlogd.render;

import dev.phlogd.journal.RawLink;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.journal.Urls;
import dev.phlogd.text.CleanText;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.LineBreaker;
import dev.phlogd.text.TextRun;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, jrnl entries and gemtext. Paragraphs whose lines already fit stay as written
 * (verse, ASCII art, text wrapped by hand); hard-wrapped prose is reflowed; other long lines are
 * wrapped one by one under their own indentation. Gemtext link lines ({@code => url text}) become
 * numbered references and its preformatted blocks stay untouched.
 */
final class PlainTextRenderer {
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern GEMINI_LINK = Pattern.compile("^=>\\s*(\\S+)(?:\\s+(.*))?$");

    private PlainTextRenderer() {}

    static List<String> lines(SourceFormat format, String text, int width, References references) {
        listBareUrls(text, references);
        if (format == SourceFormat.GEMTEXT) {
            return gemtext(text, width, references);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : trimBlankEdges(text).split("\n", -1)) {
            String line = CleanText.line(raw).stripTrailing();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(paragraph(current, width));
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(paragraph(current, width));
        }
        return Lines.join(paragraphs, false);
    }

    private static List<String> paragraph(List<String> lines, int width) {
        if (Lines.allFit(lines, width)) {
            return lines;
        }
        boolean structured = lines.stream().anyMatch(l -> BULLET.matcher(l).find() || l.startsWith(" "));
        if (!structured
                && Lines.looksHardWrapped(lines.stream().map(DisplayWidth::of).toList())) {
            return LineBreaker.wrap(String.join(" ", lines), width);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(hanging(line, width));
        }
        return out;
    }

    /** One line wrapped, its continuation lines indented under its text (after any bullet). */
    private static List<String> hanging(String line, int width) {
        Matcher bullet = BULLET.matcher(line);
        int indent = bullet.find()
                ? DisplayWidth.of(bullet.group())
                : line.length() - line.stripLeading().length();
        if (width - indent < BlockRenderer.MIN_WIDTH) {
            return LineBreaker.wrap(line, width);
        }
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        List<String> wrapped = LineBreaker.wrap(line.strip(), width - indent);
        return Lines.prefix(wrapped, lead, " ".repeat(indent));
    }

    private static List<String> gemtext(String text, int width, References references) {
        List<String> out = new ArrayList<>();
        boolean pre = false;
        for (String raw : trimBlankEdges(text).split("\n", -1)) {
            String line = CleanText.line(raw).stripTrailing();
            if (line.startsWith("```")) {
                pre = !pre;
                continue;
            }
            if (pre) {
                out.add(line);
                continue;
            }
            Matcher link = GEMINI_LINK.matcher(line);
            if (link.matches()) {
                String url = link.group(1);
                String label = link.group(2) == null || link.group(2).isBlank()
                        ? null
                        : link.group(2).strip();
                TextRun run = new TextRun().text("=> ");
                if (label == null) {
                    run.atomic(url);
                } else {
                    run.text(label);
                    references
                            .number(new RawLink(RawLink.Kind.LINK, url))
                            .ifPresent(n -> run.glue().text(" ").glue().atomic("[" + n + "]"));
                }
                out.addAll(Lines.prefix(
                        run.wrap(width - 3).stream()
                                .map(l -> l.startsWith("=> ") ? l.substring(3) : l)
                                .toList(),
                        "=> ",
                        "   "));
            } else if (line.startsWith("* ") || line.startsWith("> ")) {
                String mark = line.substring(0, 2);
                out.addAll(Lines.prefix(
                        LineBreaker.wrap(line.substring(2), width - 2), mark, line.startsWith(">") ? "> " : "  "));
            } else {
                out.addAll(LineBreaker.wrap(line, width));
            }
        }
        return out;
    }

    /** Bare URLs show themselves; they are still the entry's links. */
    private static void listBareUrls(String text, References references) {
        Matcher m = Urls.BARE_URL.matcher(text);
        while (m.find()) {
            String url = Urls.bareUrl(m.group());
            references.listed(new RawLink(RawLink.Kind.LINK, url));
        }
    }

    private static String trimBlankEdges(String text) {
        return text.replaceAll("^(?:[ \\t]*\\n)+", "").replaceAll("(?:\\n[ \\t]*)+$", "");
    }
}
