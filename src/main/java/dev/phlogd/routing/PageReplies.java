package dev.phlogd.routing;

import dev.phlogd.content.SafePath;
import dev.phlogd.page.Kind;
import dev.phlogd.page.Page;
import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.PageWriter;
import dev.phlogd.protocol.Reply;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Turns resolved pages into one protocol's replies: the bytes from the reply cache when they were
 * written for this version of the page's inputs, files opened at the moment they are sent.
 */
final class PageReplies {
    private final PageWriter writer;
    private final ReplyCache cache;

    PageReplies(PageWriter writer, long cacheBytes) {
        this.writer = writer;
        this.cache = new ReplyCache(cacheBytes);
    }

    /** The reply, from the cache when it holds this version's bytes. */
    Reply reply(Resolution resolution) {
        if (!resolution.cacheable()) {
            return reply(resolution.page().get());
        }
        Page[] notKept = new Page[1];
        ReplyCache.Lookup lookup = cache.get(resolution.cacheKey(), resolution.version(), () -> {
            Page page = resolution.page().get();
            if (page instanceof Page.NotFound || page instanceof Page.File) {
                notKept[0] = page;
                return null;
            }
            return writer.bytes(page);
        });
        if (lookup.bytes() == null) {
            return reply(notKept[0]);
        }
        // Only an array the cache holds may be marked kept: the transport keeps a direct copy of
        // such an array (and the array) for the next request, which for a reply made for this
        // request only would be a wasted copy, and heap held until that copy is pushed out.
        return new Reply.Data(
                resolution.kind() == Kind.MENU ? Outcome.MENU : Outcome.TEXT, lookup.bytes(), lookup.kept());
    }

    Reply reply(Page page) {
        if (page instanceof Page.File file) {
            return open(file);
        }
        return writer.reply(page);
    }

    /** A file, opened now: a symbolic link swapped since the scan must not lead out of the root. */
    private Reply open(Page.File file) {
        Optional<Path> real = SafePath.realInside(file.realRoot(), file.path());
        if (real.isPresent()) {
            try {
                FileChannel channel = FileChannel.open(real.get(), StandardOpenOption.READ);
                return new Reply.File(channel, channel.size(), writer.fileHeader(file));
            } catch (IOException e) {
                // Gone or unreadable since the scan: not found, as for any reader.
            }
        }
        return writer.reply(ErrorReplies.notFound(file.title()));
    }
}
