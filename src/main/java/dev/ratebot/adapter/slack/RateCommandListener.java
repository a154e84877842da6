package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code /rate …}: acked at once with an empty body, and answered, visible only to the asker,
 * through the command's response_url. An answer that travels in the ack is lost when the socket
 * closes before the ack is written or read, and the bot cannot tell which; a response_url post
 * either succeeds or says it failed, whatever happens to the socket. When the outbox is full the
 * ack itself says "busy, try again", which costs no Web API call.
 */
final class RateCommandListener implements SlashCommandHandler {
  private final RequestHandler handler;
  private final SlackRenderer renderer;
  private final Outbox outbox;

  RateCommandListener(RequestHandler handler, SlackRenderer renderer, Outbox outbox) {
    this.handler = handler;
    this.renderer = renderer;
    this.outbox = outbox;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload payload = request.getPayload();
    String text = SlackText.unescape(Objects.requireNonNullElse(payload.getText(), ""));
    Request question =
        new Request(text, payload.getUserId(), payload.getChannelId(), Platform.SLACK);
    ResponseUrlUses uses = ResponseUrlUses.fresh();
    boolean queued =
        outbox.offer(
            "Answering /rate",
            () ->
                respond(context, uses, renderer.render(handler.handle(question), Audience.ASKER)));
    return queued ? context.ack() : context.ack(ephemeral(Busy.message()));
  }

  // A post with the image refused (Slack can take a moment to process an upload) is posted again
  // without it, saying so, rather than leaving the asker with nothing. No message here may carry
  // the response_url: it is a credential.
  private static void respond(
      SlashCommandContext context, ResponseUrlUses uses, SlackMessage answer) throws IOException {
    SlackMessage message = ChartUpload.placed(context.client(), answer);
    if (!uses.take("A /rate answer")) {
      return;
    }
    WebhookResponse sent = context.respond(ephemeral(message));
    if (accepted(sent)) {
      return;
    }
    IllegalStateException refused =
        new IllegalStateException("response_url refused the answer: HTTP " + sent.getCode());
    if (answer.chart().isPresent() && uses.take("A /rate answer without its chart")) {
      context.respond(ephemeral(ChartUpload.withoutChart(answer, refused)));
    } else {
      Incidents.record("Posting a /rate answer", refused);
    }
  }

  private static boolean accepted(WebhookResponse sent) {
    return sent.getCode() != null && sent.getCode() == 200;
  }

  static SlashCommandResponse ephemeral(SlackMessage message) {
    return SlashCommandResponse.builder()
        .responseType("ephemeral")
        .text(message.text())
        .blocks(message.blocks())
        .build();
  }
}
