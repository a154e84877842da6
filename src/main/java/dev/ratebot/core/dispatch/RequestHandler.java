package dev.ratebot.core.dispatch;

import dev.ratebot.core.reply.Reply;

/**
 * The one entry point every adapter calls: a request in, a reply out. Never throws; never returns
 * null.
 */
@FunctionalInterface
public interface RequestHandler {
  Reply handle(Request request);
}
