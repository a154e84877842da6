package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.ratebot.adapter.chat.AnswerButtons;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.io.IOException;

/**
 * The controls under an answer: its buttons act on the kept answer ({@link AnswerButtons}); a
 * refine menu re-asks with the chosen query and replaces the answer in place. All ack at once and
 * answer through the action's response_url.
 */
final class AnswerActionListener {
  private final RequestHandler handler;
  private final SlackRenderer renderer;
  private final Outbox outbox;
  private final AnswerButtons buttons;

  AnswerActionListener(RequestHandler handler, SlackRenderer renderer, Outbox outbox) {
    this.handler = handler;
    this.renderer = renderer;
    this.outbox = outbox;
    this.buttons = new AnswerButtons(renderer.store());
  }

  /**
   * A button under an answer acts on the kept answer: Share posts it for the channel, naming who
   * shared it; the others answer privately (in a DM, as a new message in the DM).
   */
  Response press(Controls.Button button, BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    String value = payload.getActions().get(0).getValue();
    String user = payload.getUser().getId();
    boolean inEphemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
    // "id question": the question is only offered again if the answer is no longer kept.
    String text = value == null ? "" : value;
    int space = text.indexOf(' ');
    String id = space < 0 ? text : text.substring(0, space);
    String question = space < 0 ? "" : text.substring(space + 1);
    ResponseUrlUses uses = ResponseUrlUses.fresh();
    outbox.submit(
        "Pressing " + button.label(),
        () -> {
          AnswerButtons.Outcome outcome =
              buttons.press(
                  button,
                  id,
                  question,
                  user,
                  asked ->
                      handler.handle(new Request(asked, user, channelOf(payload), Platform.SLACK)));
          if (outcome.shared()) {
            // Through response_url: no channel membership needed; the private copy stays.
            respond(
                context,
                uses,
                build("in_channel", renderer.renderShared(outcome.reply(), user), false));
            return;
          }
          SlackMessage message =
              ChartUpload.placed(
                  context.client(),
                  renderer.render(outcome.reply(), inEphemeral ? Audience.ASKER : Audience.DIRECT));
          respond(
              context, uses, inEphemeral ? ephemeral(message, false) : build(null, message, false));
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
    ResponseUrlUses uses = ResponseUrlUses.fresh();
    outbox.submit(
        "Refining an answer",
        () -> {
          Reply reply =
              handler.handle(new Request(query, user, channelOf(payload), Platform.SLACK));
          SlackMessage message =
              ChartUpload.placed(context.client(), renderer.render(reply, audience));
          boolean replace = !(reply instanceof Problem);
          respond(
              context,
              uses,
              inEphemeral ? ephemeral(message, replace) : build(null, message, replace));
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

  private void respond(ActionContext context, ResponseUrlUses uses, ActionResponse response)
      throws IOException {
    if (!uses.take("A button's answer")) {
      return;
    }
    WebhookResponse result = context.respond(response);
    if ((result.getCode() == null || result.getCode() != 200) && uses.take("A button's fallback")) {
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
