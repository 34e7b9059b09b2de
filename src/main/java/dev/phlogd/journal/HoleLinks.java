package dev.phlogd.journal;

import dev.phlogd.page.Kind;
import dev.phlogd.protocol.GopherUrls;
import dev.phlogd.protocol.ItemType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an entry's links against the hole: absolute URLs by scheme, relative links and image
 * paths against the entry's folder (a leading slash means the hole's root), Obsidian wikilinks by
 * path or, like Obsidian, by file name anywhere in the hole.
 */
public final class HoleLinks implements LinkResolver {
    /** What the hole holds, by path relative to its root. */
    public interface Lookup {
        /** The item at a root-relative path ({@code phlog/first.md}, {@code images}). */
        Optional<Destination> byPath(String path);

        /** An entry or file whose name (with or without extension) is {@code name}, ignoring case. */
        Optional<Destination> byName(String name);

        /** The text of the Logseq block with this id. */
        default Optional<String> block(String uuid) {
            return Optional.empty();
        }

        /** The plain text of the entry named {@code name} (as a wikilink names it). */
        default Optional<String> pageText(String name) {
            return Optional.empty();
        }
    }

    /** A local item: its type and selector. */
    public record Destination(Kind type, String selector) {}

    private final String host;
    private final int port;
    private final String folder;
    private final Lookup lookup;

    /**
     * @param folder the entry's folder relative to the root ({@code ""} for the root, {@code phlog/2024})
     */
    public HoleLinks(String host, int port, String folder, Lookup lookup) {
        this.host = host;
        this.port = port;
        this.folder = folder;
        this.lookup = lookup;
    }

    @Override
    public Optional<Reference> resolve(RawLink link) {
        String target = link.target().strip();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return switch (link.kind()) {
            case LINK, IMAGE -> resolveLink(target);
            case WIKI -> wiki(target);
            case EMBED -> wiki(target);
            case BLOCK -> Optional.empty();
        };
    }

    @Override
    public Optional<String> blockText(String uuid) {
        return lookup.block(uuid.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<String> pageText(String page) {
        return lookup.pageText(InlineSyntax.wikiPage(page));
    }

    private Optional<Reference> resolveLink(String target) {
        if (target.startsWith("#")) {
            return Optional.empty();
        }
        if (Urls.isAbsolute(target)) {
            return Optional.of(Urls.absolute(target));
        }
        String path = Urls.decode(target.replaceAll("[?#].*$", ""));
        return Optional.of(
                relative(path).flatMap(lookup::byPath).map(this::local).orElse(new Reference.Missing(target)));
    }

    private Optional<Reference> wiki(String page) {
        if (page.contains("/")) {
            Optional<String> path = relative(page);
            if (path.isPresent()) {
                Optional<Destination> found = lookup.byPath(path.get()).or(() -> lookup.byPath(path.get() + ".md"));
                if (found.isPresent()) {
                    return found.map(this::local);
                }
            }
            String name = page.substring(page.lastIndexOf('/') + 1);
            return lookup.byName(name).map(this::local);
        }
        return lookup.byName(page).map(this::local);
    }

    /** A path relative to the folder (or the root, with a leading slash), normalised; empty if it climbs out. */
    private Optional<String> relative(String path) {
        List<String> parts = new ArrayList<>();
        if (!path.startsWith("/") && !folder.isEmpty()) {
            parts.addAll(List.of(folder.split("/")));
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(segment);
        }
        return Optional.of(String.join("/", parts));
    }

    private Reference local(Destination t) {
        return new Reference.Local(t.type(), t.selector(), url(t.type(), t.selector()));
    }

    /** The gopher:// URL of an item on this server (see {@link GopherUrls#of}). */
    public String url(Kind type, String selector) {
        return GopherUrls.of(host, port, ItemType.of(type).code(), selector);
    }

    /**
     * The wikilink name index of some files ({@link #nameKey} to relative path): where two files
     * share a name, the one nearest the root wins, then the first by path, as Obsidian resolves.
     */
    public static Map<String, String> nameIndex(Collection<String> relPaths) {
        return nameIndexOfOrdered(shallowFirst(relPaths));
    }

    /** As {@link #nameIndex}, of paths already in {@link #shallowFirst} order. */
    public static Map<String, String> nameIndexOfOrdered(List<String> shallowFirst) {
        Map<String, String> names = new HashMap<>(shallowFirst.size() * 2);
        for (String rel : shallowFirst) {
            names.putIfAbsent(nameKey(rel.substring(rel.lastIndexOf('/') + 1)), rel);
        }
        return names;
    }

    /** Relative paths nearest the root first, then by path (each path's depth counted once). */
    public static List<String> shallowFirst(Collection<String> relPaths) {
        record Keyed(int depth, String rel) {}
        List<Keyed> keyed = new ArrayList<>(relPaths.size());
        for (String rel : relPaths) {
            int depth = 0;
            for (int i = 0; i < rel.length(); i++) {
                depth += rel.charAt(i) == '/' ? 1 : 0;
            }
            keyed.add(new Keyed(depth, rel));
        }
        keyed.sort(Comparator.comparingInt(Keyed::depth).thenComparing(Keyed::rel));
        List<String> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.rel()));
        return out;
    }

    /** Names are matched without case and without their extension, as Obsidian does. */
    public static String nameKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && dot >= lower.length() - 9 && isExtension(lower, dot + 1) ? lower.substring(0, dot) : lower;
    }

    /** Whether {@code lower} from {@code from} on is one or more of {@code [a-z0-9]}. */
    private static boolean isExtension(String lower, int from) {
        for (int i = from; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return from < lower.length();
    }
}
