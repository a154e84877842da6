package dev.ratebot.core.command;

import dev.ratebot.core.reply.Reply;

/**
 * A command of the bot: what it is (its definition, from which help and every platform's command
 * listing are built) and how it runs. Implementations are thread-safe.
 */
public interface Command {
  /** The word, aliases, description, examples and options of this command. */
  CommandDefinition definition();

  /** Runs the command; a user error is returned as a problem reply, not thrown. */
  Reply run(Invocation invocation);
}
