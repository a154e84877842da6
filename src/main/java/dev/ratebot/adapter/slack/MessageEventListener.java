package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code @ratebot …} mentions (answered in a thread) and direct messages (answered in the DM). Each
 * event is acked at once and answered with chat.postMessage afterwards (through {@link
 * MessagePoster}, which honours Slack's rate limit); an event Slack delivers again is answered
 * once. When the outbox is full the user is told, in the same place, that ratebot is busy.
 */
final class MessageEventListener {
  private static final Pattern LEADING_MENTION =
      Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>[\\s,:]*");

  private final RequestHandler handler;
  private final SlackRenderer renderer;
  private final Outbox outbox;
  private final MessagePoster poster;
  private final RecentEventIds recent;

  MessageEventListener(
      RequestHandler handler,
      SlackRenderer renderer,
      Outbox outbox,
      MessagePoster poster,
      RecentEventIds recent) {
    this.handler = handler;
    this.renderer = renderer;
    this.outbox = outbox;
    this.poster = poster;
    this.recent = recent;
  }

  Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
    AppMentionEvent event = payload.getEvent();
    if (recent.firstSeen(payload.getEventId())) {
      String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
      answer(
          context, event.getText(), event.getUser(), event.getChannel(), thread, Audience.CHANNEL);
    }
    return context.ack();
  }

  Response directMessage(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    boolean fromPerson =
        "im".equals(event.getChannelType())
            && event.getBotId() == null
            && event.getUser() != null
            && !event.getUser().equals(context.getBotUserId());
    if (fromPerson && recent.firstSeen(payload.getEventId())) {
      answer(
          context,
          event.getText(),
          event.getUser(),
          event.getChannel(),
          event.getThreadTs(),
          Audience.DIRECT);
    }
    return context.ack();
  }

  /** The text without the leading {@code <@BOT>} mention, decoded from Slack's escaping. */
  static String questionText(String text) {
    String raw = Objects.requireNonNullElse(text, "");
    return SlackText.unescape(LEADING_MENTION.matcher(raw).replaceFirst("")).strip();
  }

  private void answer(
      EventContext context,
      String text,
      String user,
      String channel,
      String thread,
      Audience audience) {
    Request question = new Request(questionText(text), user, channel, Platform.SLACK);
    MethodsClient client = context.client();
    boolean queued =
        outbox.offer(
            "Answering a Slack message",
            () -> {
              SlackMessage message =
                  ChartUpload.placed(client, renderer.render(handler.handle(question), audience));
              poster.post(
                  client,
                  channel,
                  thread,
                  message,
                  fault -> {
                    String reference =
                        Incidents.record("Posting an answer with chat.postMessage", fault);
                    poster.post(
                        client,
                        channel,
                        thread,
                        renderer.render(Problem.internal(reference), audience),
                        unsaid ->
                            Incidents.record("Posting an apology with chat.postMessage", unsaid));
                  });
            });
    if (!queued) {
      outbox.submit(
          "Telling a Slack user ratebot is busy",
          () ->
              poster.post(
                  client,
                  channel,
                  thread,
                  Busy.message(),
                  fault -> Incidents.record("Telling a Slack user ratebot is busy", fault)));
    }
  }
}
