package dev.phlogd.server;

import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;

/** Turns a request into its reply; plain Java, called on the connection's event loop. */
@FunctionalInterface
public interface RequestHandler {
    Reply handle(Request request);
}
