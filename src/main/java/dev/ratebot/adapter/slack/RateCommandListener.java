package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import java.util.Objects;

/**
 * {@code /rate …}: answered inside the acknowledgement itself, visible only to the asker, so no Web
 * API call stands between the command and its answer.
 */
final class RateCommandListener implements SlashCommandHandler {
  private final RequestHandler handler;
  private final SlackRenderer renderer;

  RateCommandListener(RequestHandler handler, SlackRenderer renderer) {
    this.handler = handler;
    this.renderer = renderer;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload payload = request.getPayload();
    String text = SlackText.unescape(Objects.requireNonNullElse(payload.getText(), ""));
    Request question =
        new Request(text, payload.getUserId(), payload.getChannelId(), Platform.SLACK);
    return context.ack(ephemeral(renderer.render(handler.handle(question), Audience.ASKER)));
  }

  static SlashCommandResponse ephemeral(SlackMessage message) {
    return SlashCommandResponse.builder()
        .responseType("ephemeral")
        .text(message.text())
        .blocks(message.blocks())
        .build();
  }
}
