package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** jrnl's plain-text journals: each {@code [YYYY-MM-DD HH:MM] Title. Body} is an entry. */
final class JrnlEntries {
    private static final Pattern JRNL_HEAD =
            Pattern.compile("^\\[(\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?)\\] ?(.*)$");
    /** A line of nothing but {@code @tags} (how many end an entry): tags, not text. */
    private static final Pattern TAG_LINE = Pattern.compile(
            "(?m)^[ \\t]*@[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*(?:[ \\t,]+@[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)*[ \\t]*$\\n?");

    private JrnlEntries() {}

    static JournalDocument parse(SourceFile file, FrontMatter fm) {
        List<String> lines = List.of(fm.body().split("\n", -1));
        List<JournalDocument.Section> sections = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        StringBuilder body = null;
        String head = null;
        for (String line : lines) {
            Matcher m = JRNL_HEAD.matcher(line);
            if (m.matches()) {
                if (head != null) {
                    sections.add(jrnlSection(head, body.toString(), ids));
                }
                head = line;
                body = new StringBuilder();
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        if (head != null) {
            sections.add(jrnlSection(head, body.toString(), ids));
        }
        Set<String> tags = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (JournalDocument.Section s : sections) {
            tags.addAll(s.info().tags());
            text.append(s.info().title()).append('\n').append(s.info().text()).append('\n');
        }
        EntryDates.Choice date = EntryDates.choose(fm, file, EntryDates.newest(sections), null);
        String title = EntryTitles.fromFileName(file.name());
        EntryInfo whole = new EntryInfo(
                "",
                title,
                TitleSource.FILE_NAME,
                date.date(),
                date.source(),
                EntryTags.dedupe(tags),
                false,
                TextEntries.links(fm.body()),
                text.toString());
        JournalDocument.Body wholeBody = new JournalDocument.TextBody(SourceFormat.JRNL, fm.body());
        if (sections.size() == 1) {
            JournalDocument.Section only = sections.get(0);
            EntryInfo single = new EntryInfo(
                    "",
                    only.info().title(),
                    TitleSource.HEADING,
                    only.info().date(),
                    DateSource.HEADING,
                    only.info().tags(),
                    false,
                    only.info().links(),
                    only.info().text());
            return new JournalDocument(file.name(), SourceFormat.JRNL, single, only.body(), List.of(), fm.problem());
        }
        return new JournalDocument(
                file.name(), SourceFormat.JRNL, whole, wholeBody, List.copyOf(sections), fm.problem());
    }

    private static JournalDocument.Section jrnlSection(String head, String body, Map<String, Integer> ids) {
        Matcher m = JRNL_HEAD.matcher(head);
        if (!m.matches()) {
            throw new IllegalStateException(head);
        }
        EntryDate date = DateParser.parse(m.group(1)).orElseThrow();
        // jrnl writes an entry's title on its first line and the body below it.
        String title = m.group(2).strip();
        if (title.isEmpty()) {
            title = date.longForm();
        }
        String text = TAG_LINE.matcher(body).replaceAll("").strip() + "\n";
        Set<String> tags = new LinkedHashSet<>();
        Matcher tag = InlineSyntax.AT_TAG.matcher(head + "\n" + body);
        while (tag.find()) {
            tags.add(tag.group(1));
        }
        tags.addAll(EntryTags.hashtags(head + "\n" + body));
        String id = date.time() == null
                ? date.iso()
                : date.iso() + "-" + date.time().toString().substring(0, 5).replace(":", "");
        id = SectionIds.unique(id, ids);
        EntryInfo info = new EntryInfo(
                id,
                title,
                TitleSource.HEADING,
                date,
                DateSource.HEADING,
                EntryTags.dedupe(tags),
                false,
                TextEntries.links(text),
                text);
        return new JournalDocument.Section(info, new JournalDocument.TextBody(SourceFormat.JRNL, text));
    }

    /** True when the first non-blank line is a jrnl entry line. */
    static boolean isJrnl(String body) {
        for (String line : body.split("\n", 50)) {
            if (!line.isBlank()) {
                return JRNL_HEAD.matcher(line).matches();
            }
        }
        return false;
    }
}
