package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.InMemoryAnswerStore;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The controls under an answer: "Share in channel" posts the answer for everyone, naming who shared
 * it; a refine menu re-asks with the chosen query and replaces the answer in place. Both ack at
 * once and answer through the action's response_url.
 */
final class AnswerActionListener {
  private final RequestHandler handler;
  private final SlackRenderer renderer;
  private final Outbox outbox;

  AnswerActionListener(RequestHandler handler, SlackRenderer renderer, Outbox outbox) {
    this.handler = handler;
    this.renderer = renderer;
    this.outbox = outbox;
  }

  Response share(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    String value = payload.getActions().get(0).getValue();
    String user = payload.getUser().getId();
    // "id question": the kept answer is posted as the user saw it, without running it again.
    int space = value.indexOf(' ');
    String id = space < 0 ? "" : value.substring(0, space);
    String query = space < 0 ? value : value.substring(space + 1);
    outbox.submit(
        "Sharing an answer",
        () -> {
          Optional<Reply> kept = id.isEmpty() ? Optional.empty() : renderer.store().find(id);
          if (kept.isEmpty()) {
            Reply expired =
                Problem.user(
                    "That answer is no longer kept (answers are kept for "
                        + InMemoryAnswerStore.KEPT_FOR.toMinutes()
                        + " minutes), so nothing was shared. Ask again to share a fresh one:",
                    List.of(query));
            respond(context, ephemeral(renderer.render(expired, Audience.ASKER), false));
            return;
          }
          respond(context, build("in_channel", renderer.renderShared(kept.get(), user), false));
        });
    return context.ack();
  }

  /** "Why?": the calculation behind the answer, as a new private message under it. */
  Response why(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    String query = payload.getActions().get(0).getValue();
    String user = payload.getUser().getId();
    boolean inEphemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
    outbox.submit(
        "Explaining an answer",
        () -> {
          Reply reply =
              handler.handle(new Request(query, user, channelOf(payload), Platform.SLACK));
          SlackMessage message =
              ChartUpload.placed(
                  context.client(),
                  renderer.render(reply, inEphemeral ? Audience.ASKER : Audience.DIRECT));
          respond(context, inEphemeral ? ephemeral(message, false) : build(null, message, false));
        });
    return context.ack();
  }

  Response refine(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    String query = action.getSelectedOption() == null ? "" : action.getSelectedOption().getValue();
    boolean inEphemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
    Audience audience = inEphemeral ? Audience.ASKER : Audience.DIRECT;
    String user = payload.getUser().getId();
    outbox.submit(
        "Refining an answer",
        () -> {
          Reply reply =
              handler.handle(new Request(query, user, channelOf(payload), Platform.SLACK));
          SlackMessage message =
              ChartUpload.placed(context.client(), renderer.render(reply, audience));
          boolean replace = !(reply instanceof Problem);
          respond(
              context, inEphemeral ? ephemeral(message, replace) : build(null, message, replace));
        });
    return context.ack();
  }

  private static ActionResponse ephemeral(SlackMessage message, boolean replaceOriginal) {
    return build("ephemeral", message, replaceOriginal);
  }

  private static ActionResponse build(String responseType, SlackMessage message, boolean replace) {
    return ActionResponse.builder()
        .responseType(responseType)
        .replaceOriginal(replace)
        .text(message.text())
        .blocks(message.blocks())
        .build();
  }

  private void respond(ActionContext context, ActionResponse response) throws IOException {
    WebhookResponse result = context.respond(response);
    if (result.getCode() == null || result.getCode() != 200) {
      String reference =
          Incidents.record(
              "Posting to response_url",
              new IllegalStateException("response_url answered HTTP " + result.getCode()));
      context.respond(
          ephemeral(renderer.render(Problem.internal(reference), Audience.ASKER), false));
    }
  }

  private static String channelOf(BlockActionPayload payload) {
    if (payload.getChannel() != null) {
      return payload.getChannel().getId();
    }
    return payload.getContainer() == null ? "" : payload.getContainer().getChannelId();
  }
}
