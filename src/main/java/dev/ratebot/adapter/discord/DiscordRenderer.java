package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.AnswerStore;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.adapter.chat.InMemoryAnswerStore;
import dev.ratebot.core.reply.Reply;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Reply} as a Discord message: the shared traversal drawing on a {@link
 * DiscordCanvas}. Only the asker's messages are ephemeral; allowed mentions are none on every
 * message built from the result ({@link DiscordMessage}).
 */
public final class DiscordRenderer {
  private final ChatRenderer<DiscordMessage> chat;
  private final ChatRenderer<DiscordMessage> privateOnly;
  private final AnswerStore store;

  /** A renderer keeping answers with buttons in memory. */
  public DiscordRenderer() {
    this(new InMemoryAnswerStore());
  }

  /**
   * @param store where answers with buttons are kept, so a button acts on the answer the user saw
   */
  public DiscordRenderer(AnswerStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.chat =
        new ChatRenderer<>(
            audience -> new DiscordCanvas(audience == Audience.ASKER), Optional.of(store));
    this.privateOnly = new ChatRenderer<>(audience -> new DiscordCanvas(true), Optional.of(store));
  }

  /** The store answers with buttons are kept in. */
  public AnswerStore store() {
    return store;
  }

  /** The message for a reply. */
  public DiscordMessage render(Reply reply, Audience audience) {
    return chat.render(reply, audience);
  }

  /**
   * The message for a reply that only the asker sees and that cannot be shared (where Discord keeps
   * the bot's answers private): ephemeral, with the asker's controls but no Share button.
   */
  public DiscordMessage renderPrivately(Reply reply) {
    return privateOnly.render(reply, Audience.DIRECT);
  }

  /** The reply as shared into a channel by a user: public, "Shared by" them, no controls. */
  public DiscordMessage renderShared(Reply reply, String userId) {
    return chat.renderShared(reply, userId);
  }
}
