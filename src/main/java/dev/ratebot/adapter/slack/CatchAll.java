package dev.ratebot.adapter.slack;

import com.slack.api.bolt.handler.UnmatchedRequestHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.reply.Problem;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure every Socket Mode envelope is acknowledged, which Bolt alone does not: it answers an
 * unmatched request with HTTP 404, a handler exception with nothing, and a payload it cannot parse
 * with HTTP 400, and in Socket Mode any status but 200 means no ack at all, so Slack retries and
 * the user sees a timeout.
 */
final class CatchAll {
  private static final Logger LOG = LoggerFactory.getLogger(CatchAll.class);

  private final SlackRenderer renderer;

  CatchAll(SlackRenderer renderer) {
    this.renderer = renderer;
  }

  /** Acks requests no listener matches (other events, message subtypes, unknown actions). */
  UnmatchedRequestHandler unmatched() {
    return request -> {
      LOG.debug("Acknowledged a {} request that needs no answer", request.getRequestType());
      return Response.ok();
    };
  }

  /** After a handler exception: an apology with a reference for a command, a bare ack otherwise. */
  Function<SocketModeApp.ErrorContext, Response> errors() {
    return error -> {
      Request<?> request = error.getRequest();
      String type = request == null ? "Slack" : String.valueOf(request.getRequestType());
      String reference = Incidents.record("Handling a " + type + " request", error.getException());
      if (request instanceof SlashCommandRequest) {
        SlackMessage apology = renderer.render(Problem.internal(reference), Audience.ASKER);
        return Response.json(200, RateCommandListener.ephemeral(apology));
      }
      return Response.ok();
    };
  }
}
