package dev.phlogd.journal;

import dev.phlogd.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** An entry's tags, gathered the same way in every format. */
final class EntryTags {
    private EntryTags() {}

    /** Inline {@code #tag} and {@code #[[multi word tag]]} in text. */
    static Set<String> hashtags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text.indexOf('#') < 0) {
            // The pattern's look-behind is tried at every position: ruled out in one pass.
            return tags;
        }
        Matcher m = InlineSyntax.HASHTAG.matcher(text);
        while (m.find()) {
            String name = InlineSyntax.tagName(m);
            if (name != null) {
                tags.add(name);
            }
        }
        return tags;
    }

    /** Front matter {@code tags} and {@code categories}, Zola's {@code [taxonomies]} too. */
    static Set<String> fromFrontMatter(FrontMatter fm) {
        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(fm.words("tags"));
        tags.addAll(fm.words("categories"));
        FrontMatter taxonomies = fm.table("taxonomies");
        tags.addAll(taxonomies.words("tags"));
        tags.addAll(taxonomies.words("categories"));
        return tags;
    }

    /** A comma-separated property value ({@code tags:: a, [[b c]], #d}) as words. */
    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            String word = part.strip()
                    .replaceAll("^\\[\\[|\\]\\]$", "")
                    .replaceAll("^#", "")
                    .strip();
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /** Tags in first-seen order, without a leading '#', one spelling per tag (case-insensitively). */
    static List<String> dedupe(Set<String> tags) {
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        for (String tag : tags) {
            String t = tag.strip();
            while (t.startsWith("#")) {
                t = t.substring(1);
            }
            t = Whitespace.collapse(t);
            if (!t.isEmpty()) {
                seen.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
            }
        }
        return List.copyOf(seen.values());
    }
}
