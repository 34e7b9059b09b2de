package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Page;
import dev.phlogd.text.Whitespace;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of the newest entries, with gopher:// links. Written with the JDK's
 * StAX writer, so it is well-formed whatever the entries contain; characters XML cannot carry
 * are left out.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Enough for a feed reader; older entries stay in the archive. */
    public static final int ENTRIES = 20;

    private static final int SUMMARY_CHARS = 300;

    private AtomFeed() {}

    /** The feed as a page, sent as it is. */
    public static Page.Raw page(Hole hole, Site site) {
        return new Page.Raw("Atom feed", "application/atom+xml", xml(hole, site));
    }

    static byte[] xml(Hole hole, Site site) {
        List<Entry> entries = hole.journal().entries();
        List<Entry> shown = entries.subList(0, Math.min(ENTRIES, entries.size()));
        ZoneId zone = hole.zone();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(ATOM);
            w.writeStartElement(ATOM, "feed");
            w.writeDefaultNamespace(ATOM);
            w.writeCharacters("\n");
            element(w, "id", site.url());
            element(w, "title", site.title());
            if (!site.description().isBlank()) {
                element(w, "subtitle", site.description());
            }
            Instant updated =
                    shown.isEmpty() ? Instant.EPOCH : shown.get(0).info().date().instant(zone);
            element(w, "updated", time(updated, zone));
            link(w, "self", site.url('0', VirtualSelectors.FEED));
            link(w, "alternate", site.url());
            w.writeStartElement(ATOM, "author");
            element(w, "name", site.admin().isBlank() ? site.title() : site.admin());
            w.writeEndElement();
            w.writeCharacters("\n");
            element(w, "generator", "phlogd");
            for (Entry e : shown) {
                w.writeStartElement(ATOM, "entry");
                w.writeCharacters("\n");
                String url = site.url('0', e.selector());
                element(w, "id", url);
                element(w, "title", e.info().title());
                String when = time(e.info().date().instant(zone), zone);
                element(w, "updated", when);
                element(w, "published", when);
                link(w, "alternate", url);
                for (String tag : e.info().tags()) {
                    w.writeEmptyElement(ATOM, "category");
                    w.writeAttribute("term", clean(tag));
                    w.writeCharacters("\n");
                }
                element(w, "summary", summary(e.info().text()));
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(ATOM, name);
        w.writeCharacters(clean(text));
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement(ATOM, "link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", clean(href));
        w.writeCharacters("\n");
    }

    /** RFC 3339, as Atom requires, with the offset of the writer's zone. */
    private static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime());
    }

    private static String summary(String text) {
        String flat = Whitespace.collapse(text);
        return flat.length() <= SUMMARY_CHARS
                ? flat
                : flat.substring(0, SUMMARY_CHARS).strip() + "…";
    }

    /** Only characters XML 1.0 allows. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> cp == 0x9
                        || cp == 0xA
                        || cp == 0xD
                        || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD)
                        || (cp >= 0x10000 && cp <= 0x10FFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
