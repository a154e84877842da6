package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code @ratebot senior python latam} in server channels and any message in a DM with the
 * bot, as a reply to that message. Needs no privileged intent: Discord delivers the content of
 * messages that mention the bot and of DMs without MESSAGE_CONTENT, and this listener reads the
 * content of no other message.
 */
final class MentionListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(MentionListener.class);

  private final RequestHandler handler;
  private final DiscordRenderer renderer;
  private final Executor answers;

  MentionListener(RequestHandler handler, DiscordRenderer renderer, Executor answers) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.answers = Objects.requireNonNull(answers, "answers");
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    Message message = event.getMessage();
    User self = event.getJDA().getSelfUser();
    if (event.getAuthor().isBot() || event.getAuthor().isSystem() || message.isWebhookMessage()) {
      return;
    }
    boolean direct = event.isFromType(ChannelType.PRIVATE);
    if (!direct && !message.getMentions().getUsers().contains(self)) {
      return;
    }
    String text = withoutMention(message.getContentRaw(), self.getId());
    Request request =
        new Request(text, event.getAuthor().getId(), event.getChannel().getId(), Platform.DISCORD);
    try {
      CompletableFuture.supplyAsync(() -> handler.handle(request), answers)
          .thenAccept(
              reply ->
                  message
                      .reply(renderer.render(reply, Audience.CHANNEL).toCreateData())
                      .queue(null, Replies.failed("reply to message", message.getId())))
          .exceptionally(
              failure -> {
                log.error("Could not answer message {}", message.getId(), failure);
                return null;
              });
    } catch (RejectedExecutionException busy) {
      log.warn("Too many questions at once; not answering message {}", message.getId());
    }
  }

  /** The text with the bot's own mentions ({@code <@id>} and {@code <@!id>}) taken out. */
  static String withoutMention(String content, String selfId) {
    return content
        .replace("<@" + selfId + ">", " ")
        .replace("<@!" + selfId + ">", " ")
        .strip()
        .replaceAll("\\s+", " ");
  }
}
