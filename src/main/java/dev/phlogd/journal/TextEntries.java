package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-text and gemtext entries: titled by an underlined first line or gemtext's first {@code #} line. */
final class TextEntries {
    private static final Pattern GEMINI_LINK_OR_BARE_URL =
            Pattern.compile("(?m)^=>\\s*(\\S+)|(" + Urls.BARE_URL.pattern() + ")");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");

    private TextEntries() {}

    static JournalDocument parse(SourceFile file, FrontMatter fm, SourceFormat format) {
        String body = fm.body();
        Optional<String> heading = format == SourceFormat.GEMTEXT ? gemtextTitle(body) : underlinedTitle(body);
        Optional<EntryDate> headingDate =
                heading.flatMap(h -> DateParser.parseLeading(h)).map(DateParser.Leading::date);
        EntryDates.Choice date = EntryDates.choose(fm, file, headingDate, null);
        Optional<String> fmTitle = fm.string("title");
        String title = fmTitle.or(() -> heading).orElseGet(() -> EntryTitles.fromFileName(file.name()));
        TitleSource titleSource = fmTitle.isPresent()
                ? TitleSource.FRONT_MATTER
                : heading.isPresent() ? TitleSource.HEADING : TitleSource.FILE_NAME;
        Set<String> tags = EntryTags.fromFrontMatter(fm);
        tags.addAll(EntryTags.hashtags(body));
        EntryInfo whole = new EntryInfo(
                "",
                title,
                titleSource,
                date.date(),
                date.source(),
                EntryTags.dedupe(tags),
                fm.marksDraft(),
                TextEntries.links(body),
                format == SourceFormat.GEMTEXT ? readableGemtext(body) : body);
        // The header shows the title; a body that opens with it as its heading does not repeat it.
        String shown = heading.filter(h -> h.equals(title))
                .map(h -> withoutTitleLines(body, format))
                .orElse(body);
        return new JournalDocument(
                file.name(), format, whole, new JournalDocument.TextBody(format, shown), List.of(), fm.problem());
    }

    /** A first line underlined with {@code ===} or {@code ---}, as plain-text documents title themselves. */
    private static Optional<String> underlinedTitle(String body) {
        String[] lines = body.strip().split("\n", 3);
        if (lines.length >= 2 && UNDERLINE.matcher(lines[1]).matches() && !lines[0].isBlank()) {
            return Optional.of(lines[0].strip());
        }
        return Optional.empty();
    }

    /** The body without its title heading (an underlined first line, or gemtext's first "# " line). */
    private static String withoutTitleLines(String body, SourceFormat format) {
        String[] lines = body.split("\n", -1);
        int skip = 0;
        while (skip < lines.length && lines[skip].isBlank()) {
            skip++;
        }
        if (format == SourceFormat.GEMTEXT) {
            if (skip < lines.length && lines[skip].startsWith("# ")) {
                skip++;
            } else {
                return body;
            }
        } else {
            skip += 2;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.min(skip, lines.length), lines.length));
    }

    private static Optional<String> gemtextTitle(String body) {
        for (String line : body.split("\n")) {
            if (line.startsWith("# ")) {
                return Optional.of(line.substring(2).strip());
            }
        }
        return Optional.empty();
    }

    private static final Pattern GEMTEXT_MARKS =
            Pattern.compile("(?m)^(?:=>\\s*\\S+\\s*|#{1,3}\\s*|\\*\\s+|>\\s?|```.*$)");

    /** Gemtext as its reader reads it, for search and summaries: link lines by their labels, no line marks. */
    private static String readableGemtext(String body) {
        return GEMTEXT_MARKS.matcher(body).replaceAll("");
    }

    /** Gemtext link lines and bare URLs. */
    static List<RawLink> links(String text) {
        List<RawLink> links = new ArrayList<>();
        // Either kind needs one of these: most texts have neither, and the pattern is tried at
        // every position of the text (it was the costliest thing in parsing a jrnl file).
        if (!text.contains("://") && !text.contains("=>")) {
            return links;
        }
        Matcher m = GEMINI_LINK_OR_BARE_URL.matcher(text);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : Urls.bareUrl(m.group(2));
            links.add(new RawLink(RawLink.Kind.LINK, url));
        }
        return links;
    }
}
