package dev.phlogd.routing;

import dev.phlogd.page.Page;
import dev.phlogd.protocol.GopherPlus;
import dev.phlogd.protocol.GopherWriter;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;

/**
 * Shapes the answers to Gopher+ requests from a page and its plain reply: the attribute blocks for
 * {@code !} and {@code $}, and the plain reply after a {@code +-1} or {@code +-2} header for
 * {@code +}. Not-found answers become Gopher+ errors.
 */
final class GopherPlusReplies {
    private final GopherWriter writer;
    private final String admin;

    GopherPlusReplies(GopherWriter writer, String admin) {
        this.writer = writer;
        this.admin = admin;
    }

    /** The reply to {@code query} for {@code selector}, which names {@code page} (written as {@code plain}). */
    Reply reply(GopherPlus.Query query, String selector, Page page, Reply plain) {
        if (page instanceof Page.NotFound notFound) {
            closeIfFile(plain);
            return new Reply.Data(Outcome.ERROR, GopherPlus.error(notFound.reason(), admin));
        }
        return switch (query) {
            case MENU_ATTRIBUTES -> {
                closeIfFile(plain);
                String shown = selector.isEmpty() || selector.equals("/") ? "Main menu" : page.title();
                yield new Reply.Data(
                        Outcome.MENU,
                        GopherPlus.menuAttributes(
                                shown,
                                selector.equals("/") ? "" : selector,
                                writer.host(),
                                writer.port(),
                                plain.length()));
            }
            case ATTRIBUTES -> {
                closeIfFile(plain);
                yield new Reply.Data(
                        GopherWriter.outcome(page),
                        GopherPlus.attributes(
                                GopherWriter.type(page),
                                page.title(),
                                selector,
                                writer.host(),
                                writer.port(),
                                GopherWriter.mime(page),
                                plain.length(),
                                admin));
            }
            case FETCH -> {
                byte[] header = writer.dotTerminated(page) ? GopherPlus.DOT_TERMINATED : GopherPlus.UNTIL_CLOSE;
                if (plain instanceof Reply.File file) {
                    yield new Reply.File(file.channel(), file.size(), header);
                }
                yield new Reply.Data(plain.outcome(), GopherPlus.concat(header, ((Reply.Data) plain).bytes()));
            }
        };
    }

    /** An attribute reply only needs a file's size; the file itself is not sent. */
    private static void closeIfFile(Reply plain) {
        if (plain instanceof Reply.File file) {
            try {
                file.channel().close();
            } catch (java.io.IOException e) {
                // Nothing was sent from it; closing is only tidying up.
            }
        }
    }
}
