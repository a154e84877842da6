package dev.ratebot.adapter.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Reply;

/**
 * The app's Home tab: each time a user opens it, the help reply (how to ask, examples, commands,
 * and the vintage, age and version of the data serving) is published for them with views.publish,
 * so a reloaded dataset shows on the next open. Acked at once, published from the outbox; when the
 * outbox is full the tab keeps the view it had.
 */
final class HomeTabListener {
  private final RequestHandler handler;
  private final SlackRenderer renderer;
  private final Outbox outbox;
  private final String helpWord;

  HomeTabListener(
      RequestHandler handler, SlackRenderer renderer, Outbox outbox, CommandRegistry commands) {
    this.handler = handler;
    this.renderer = renderer;
    this.outbox = outbox;
    this.helpWord = commands.help().definition().word();
  }

  Response opened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
    AppHomeOpenedEvent event = payload.getEvent();
    String user = event.getUser();
    if ("home".equals(event.getTab()) && user != null) {
      Request help = new Request(helpWord, user, event.getChannel(), Platform.SLACK);
      outbox.offer("Publishing the Home tab", () -> publish(context, user, handler.handle(help)));
    }
    return context.ack();
  }

  private void publish(EventContext context, String user, Reply help) throws Exception {
    View view = View.builder().type("home").blocks(renderer.renderHome(help)).build();
    ViewsPublishResponse response = context.client().viewsPublish(r -> r.userId(user).view(view));
    if (!response.isOk()) {
      throw new IllegalStateException("views.publish answered " + response.getError());
    }
  }
}
