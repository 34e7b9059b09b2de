package dev.phlogd.render;

import dev.phlogd.journal.LinkResolver;
import dev.phlogd.journal.RawLink;
import dev.phlogd.journal.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An entry's references: numbered in the order they appear (a target linked twice keeps its
 * number), plus the bare URLs that show themselves in the text. All of them, in order, are the
 * entry's links.
 */
final class References {
    private final LinkResolver resolver;
    private final Map<Reference, Integer> numbered = new LinkedHashMap<>();
    private final Set<Reference> all = new LinkedHashSet<>();

    private final Map<String, String> ownBlocks;

    /** @param ownBlocks the entry's own Logseq blocks with ids, which its references find first */
    References(LinkResolver resolver, Map<String, String> ownBlocks) {
        this.resolver = resolver;
        this.ownBlocks = ownBlocks;
    }

    /**
     * The number of a link's reference, or empty when it gets none. A link to something the hole
     * does not have gets none: the text reads on without it ({@code check} tells the writer).
     */
    Optional<Integer> number(RawLink link) {
        return resolver.resolve(link)
                .filter(ref -> !(ref instanceof Reference.Missing))
                .map(ref -> {
                    all.add(ref);
                    return numbered.computeIfAbsent(ref, r -> numbered.size() + 1);
                });
    }

    /** Where a link leads, without numbering it (for formats that list links by themselves). */
    Optional<Reference> resolve(RawLink link) {
        return resolver.resolve(link).filter(ref -> !(ref instanceof Reference.Missing));
    }

    /** The text of a Logseq block, for a {@code ((uuid))} reference or an embed. */
    Optional<String> blockText(String uuid) {
        String own = ownBlocks.get(uuid.toLowerCase(java.util.Locale.ROOT));
        return own != null ? Optional.of(own) : resolver.blockText(uuid);
    }

    /** The text of a page, for {@code {{embed [[Page]]}}}. */
    Optional<String> pageText(String page) {
        return resolver.pageText(page);
    }

    /** A link whose URL is its own text: one of the entry's links, but not numbered in the text. */
    void listed(RawLink link) {
        resolver.resolve(link)
                .filter(ref -> !(ref instanceof Reference.Missing))
                .ifPresent(all::add);
    }

    /** Every reference in order of first appearance, with its number in the text (0 when it has none). */
    List<RenderedEntry.Link> all() {
        List<RenderedEntry.Link> out = new ArrayList<>();
        for (Reference r : all) {
            out.add(new RenderedEntry.Link(r, numbered.getOrDefault(r, 0)));
        }
        return out;
    }

    /**
     * The "References" block ({@code [1] https://...}, numbers right-aligned), empty when nothing is
     * numbered. A number and its target stay on one line, however long the URL: a reader copies it
     * whole, and a URL broken over lines no longer works.
     */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (numbered.isEmpty()) {
            return lines;
        }
        int digits = String.valueOf(numbered.size()).length();
        lines.add("References");
        for (Map.Entry<Reference, Integer> e : numbered.entrySet()) {
            String n = String.valueOf(e.getValue());
            lines.add(" ".repeat(digits - n.length()) + "[" + n + "] "
                    + e.getKey().label());
        }
        return lines;
    }
}
