package dev.ratebot.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ratebot.adapter.chat.AnswerStore;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.adapter.chat.InMemoryAnswerStore;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Reply;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders a {@link Reply} as a Discord message: the shared traversal drawing on a {@link
 * DiscordCanvas}. Only the asker's messages are ephemeral; allowed mentions are none on every
 * message built from the result ({@link DiscordMessage}).
 */
public final class DiscordRenderer {
  /** How many answers' drawings are kept for reuse, for each of the two ways an asker sees one. */
  static final int DRAWINGS = 1_000;

  private final ChatRenderer<DiscordMessage> chat;
  private final ChatRenderer<DiscordMessage> privateOnly;
  private final AnswerStore store;
  private final Cache<Reply, Drawing> shareable = drawings();
  private final Cache<Reply, Drawing> unshareable = drawings();

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

  /**
   * A reply drawn for its asker, with the data it is first sent as.
   *
   * @param message the message, for an edit or a follow-up
   * @param createData the message as a new message or an interaction's first response
   * @param answerId the id its buttons carry; empty when it has none
   */
  public record Drawing(
      DiscordMessage message, MessageCreateData createData, Optional<String> answerId) {
    public Drawing {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(createData, "createData");
      Objects.requireNonNull(answerId, "answerId");
    }
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

  /**
   * The reply for its asker ({@link #render} for {@link Audience#ASKER}, or {@link
   * #renderPrivately} where it cannot be shared), ready to send. A cached answer is one instance
   * shown to everyone who asks its question, and the store keeps it under one id: its drawing is
   * made once and reused for as long as the store gives the same id, which it keeps for another
   * term with each showing. The first response of a burst of one question then costs a lookup, not
   * a drawing.
   */
  public Drawing forAsker(Reply reply, boolean canShare) {
    Cache<Reply, Drawing> drawings = canShare ? shareable : unshareable;
    Drawing drawn = reply instanceof Answer ? drawings.getIfPresent(reply) : null;
    if (drawn != null && drawn.answerId().map(id -> store.keep(reply).equals(id)).orElse(true)) {
      return drawn;
    }
    DiscordMessage message = canShare ? render(reply, Audience.ASKER) : renderPrivately(reply);
    Drawing fresh = new Drawing(message, message.toCreateData(), answerId(message));
    if (reply instanceof Answer && reusable(message)) {
      drawings.put(reply, fresh);
    }
    return fresh;
  }

  // The id the drawing's buttons carry. A store that reuses ids gives it again to the next showing
  // of the same reply; one that does not gives another, so the drawing is made again each time.
  private static Optional<String> answerId(DiscordMessage message) {
    return message.rows().stream()
        .flatMap(row -> row.getButtons().stream())
        .map(button -> button.getCustomId())
        .filter(Objects::nonNull)
        .flatMap(id -> ComponentIds.click(id).stream())
        .map(ComponentIds.Click::answerId)
        .findFirst();
  }

  /** The reply as shared into a channel by a user: public, "Shared by" them, no controls. */
  public DiscordMessage renderShared(Reply reply, String userId) {
    return chat.renderShared(reply, userId);
  }

  // A message with a file is sent once: its upload is read as it is sent.
  private static boolean reusable(DiscordMessage message) {
    return message.chart().isEmpty() && message.table().isEmpty();
  }

  private static Cache<Reply, Drawing> drawings() {
    // Weak keys compare by identity and let a drawing go with its answer.
    return Caffeine.newBuilder().weakKeys().maximumSize(DRAWINGS).executor(Runnable::run).build();
  }
}
