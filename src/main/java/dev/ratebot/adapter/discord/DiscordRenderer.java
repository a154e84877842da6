package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.core.reply.Reply;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders a {@link Reply} as a Discord message: the shared traversal drawing on a {@link
 * DiscordCanvas}. Only the asker's messages are ephemeral; allowed mentions are none on every
 * message built from the result ({@link DiscordMessage}).
 */
public final class DiscordRenderer {
  private final ChatRenderer<DiscordMessage> chat =
      new ChatRenderer<>(audience -> new DiscordCanvas(audience == Audience.ASKER));

  /** The message for a reply. */
  public DiscordMessage render(Reply reply, Audience audience) {
    return chat.render(reply, audience);
  }

  /**
   * The public copy of an answer a user chose to share, naming who shared it (without a ping). A
   * chart stays with the private answer: its image points at that message's attachment.
   */
  public DiscordMessage shared(List<MessageEmbed> embeds, String userId) {
    List<MessageEmbed> copy =
        embeds.stream().limit(1).map(e -> new EmbedBuilder(e).setImage(null).build()).toList();
    return new DiscordMessage("Shared by <@" + userId + ">", copy, List.of(), false);
  }
}
