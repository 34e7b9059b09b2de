package dev.phlogd.server;

import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.GeminiWriter;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;

/** What the server itself answers, in a listener's protocol, when no handler's reply can be sent. */
enum Answers {
    /** Type-3 error menus. */
    GOPHER {
        @Override
        Reply refused(String reason) {
            return new Reply.Data(Outcome.ERROR, MenuFormat.format(ErrorReplies.of(reason), "", 0));
        }

        @Override
        Reply internalError() {
            return refused(INTERNAL);
        }
    },
    /** Gemini status lines: 41 (server unavailable) for a refusal, 40 for an internal error. */
    GEMINI {
        @Override
        Reply refused(String reason) {
            return new Reply.Data(Outcome.ERROR, GeminiWriter.header(41, reason));
        }

        @Override
        Reply internalError() {
            return new Reply.Data(Outcome.ERROR, GeminiWriter.header(40, INTERNAL));
        }
    };

    private static final String INTERNAL = "Internal server error; it has been logged";

    /** The connection is turned away (server busy, too many connections, too many requests). */
    abstract Reply refused(String reason);

    /** The handler failed; the failure is logged. */
    abstract Reply internalError();
}
