package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code /rate …}: answered inside the acknowledgement itself, visible only to the asker, so no Web
 * API call stands between the command and its answer. An answer with a chart is acked at once and
 * posted, as privately, to the command's response_url once the chart is uploaded.
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
    SlackMessage message = renderer.render(handler.handle(question), Audience.ASKER);
    if (message.chart().isEmpty()) {
      return context.ack(ephemeral(message));
    }
    outbox.submit("Answering /rate with a chart", () -> respond(context, message));
    return context.ack();
  }

  // A post with the image refused (Slack can take a moment to process an upload) is posted again
  // without it, saying so, rather than leaving the asker with nothing.
  private static void respond(SlashCommandContext context, SlackMessage message)
      throws IOException {
    WebhookResponse sent =
        context.respond(ephemeral(ChartUpload.placed(context.client(), message)));
    if (sent.getCode() == null || sent.getCode() != 200) {
      IllegalStateException refused =
          new IllegalStateException(
              "response_url refused the chart: HTTP " + sent.getCode() + " " + sent.getBody());
      context.respond(ephemeral(ChartUpload.withoutChart(message, refused)));
    }
  }

  static SlashCommandResponse ephemeral(SlackMessage message) {
    return SlashCommandResponse.builder()
        .responseType("ephemeral")
        .text(message.text())
        .blocks(message.blocks())
        .build();
  }
}
