package dev.phlogd.protocol;

import dev.phlogd.page.Page;

/** How one protocol writes pages: the bytes of a page held in memory, and what goes before a file. */
public interface PageWriter {
    /** The complete reply to a page held in memory (any page but a file). */
    byte[] bytes(Page page);

    /** What is sent before a file's bytes (Gemini's status line; nothing in Gopher). */
    byte[] fileHeader(Page.File file);

    /** A page held in memory, written as a complete reply. */
    default Reply reply(Page page) {
        return new Reply.Data(GopherWriter.outcome(page), bytes(page));
    }
}
