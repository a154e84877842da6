package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Answers {@code @ratebot senior python latam} in server channels and any message in a DM with the
 * bot, as a reply to that message. Needs no privileged intent: Discord delivers the content of
 * messages that mention the bot and of DMs without MESSAGE_CONTENT, and this listener reads the
 * content of no other message.
 *
 * <p>Replies are channel messages, which Discord lets a bot send about 50 a second. At most {@code
 * queue} answers wait to be sent; a mention beyond that gets a short "busy, try again in N s"
 * instead of an answer that would arrive long after, and never silence.
 */
final class MentionListener extends ListenerAdapter {
  static final int DEFAULT_QUEUE = 1_000;

  /** Discord's global limit of requests a second for a bot, which paces channel messages. */
  static final int MESSAGES_PER_SECOND = 50;

  private final RequestHandler handler;
  private final DiscordRenderer renderer;
  private final Executor slowPool;
  private final Predicate<Reply> slow;
  private final int queue;
  private final Semaphore waiting;

  MentionListener(
      RequestHandler handler,
      DiscordRenderer renderer,
      Executor slowPool,
      Predicate<Reply> slow,
      int queue) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.slowPool = Objects.requireNonNull(slowPool, "slowPool");
    this.slow = Objects.requireNonNull(slow, "slow");
    if (queue < 1) {
      throw new IllegalArgumentException("the mention queue needs room for one, got " + queue);
    }
    this.queue = queue;
    this.waiting = new Semaphore(queue);
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
    if (!waiting.tryAcquire()) {
      send(message, busy(), false);
      return;
    }
    String text = withoutMention(message.getContentRaw(), self.getId());
    Request request =
        new Request(text, event.getAuthor().getId(), event.getChannel().getId(), Platform.DISCORD);
    Reply reply;
    try {
      reply = handler.handle(request);
    } catch (RuntimeException failure) {
      reply = Problem.internal(Incidents.record("Answering a Discord message", failure));
    }
    if (!slow.test(reply)) {
      send(message, reply, true);
      return;
    }
    Reply drawLater = reply;
    try {
      slowPool.execute(() -> send(message, drawLater, true));
    } catch (RejectedExecutionException full) {
      send(message, DeadlineResponder.busy(), true);
    }
  }

  /** The short reply beyond the queue, with about how long the queue takes to be sent. */
  private Reply busy() {
    int queued = queue - waiting.availablePermits();
    return Replies.busy(Math.max(1, (queued + MESSAGES_PER_SECOND - 1) / MESSAGES_PER_SECOND));
  }

  private void send(Message message, Reply reply, boolean queued) {
    Runnable done = queued ? waiting::release : () -> {};
    DiscordMessage drawn;
    try {
      drawn = renderer.render(reply, Audience.CHANNEL);
    } catch (RuntimeException failure) {
      drawn =
          renderer.render(
              Problem.internal(Incidents.record("Drawing a Discord reply", failure)),
              Audience.CHANNEL);
    }
    message
        .reply(drawn.toCreateData())
        .queue(
            sent -> done.run(),
            failure -> {
              done.run();
              Replies.failed("reply to message", message.getId()).accept(failure);
            });
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
