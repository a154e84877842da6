package dev.ratebot.adapter.console;

import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.core.reply.Reply;

/** Draws a reply as aligned plain text: the shared traversal on a {@link ConsoleCanvas}. */
public final class ConsoleRenderer {
  private final ChatRenderer<String> chat;

  /**
   * @param helpWord the word a user types for help, named after a user error
   */
  public ConsoleRenderer(String helpWord) {
    this.chat = new ChatRenderer<>(audience -> new ConsoleCanvas(helpWord));
  }

  /** The reply as text, as shown in a conversation with the bot. */
  public String render(Reply reply) {
    return chat.render(reply, Audience.DIRECT);
  }
}
