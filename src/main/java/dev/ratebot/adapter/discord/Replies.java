package dev.ratebot.adapter.discord;

import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The two ways an interaction is answered: a slash command, and a refinement menu. */
final class Replies {
  private static final Logger log = LoggerFactory.getLogger(Replies.class);

  private Replies() {}

  /**
   * A reply drawn for Discord.
   *
   * @param drawing the message, and the data it is first sent as
   * @param problem whether the reply was a problem rather than an answer
   */
  record Drawn(DiscordRenderer.Drawing drawing, boolean problem) {
    DiscordMessage message() {
      return drawing.message();
    }
  }

  /**
   * The whole bot is overloaded (not this user): says so, and when to try again. The per-user limit
   * keeps its own wording ("You're asking faster…"), for users who really do ask fast.
   */
  static Problem busy(long retryAfterSeconds) {
    return new Problem(
        Problem.Kind.RATE_LIMITED,
        "I'm answering a lot of questions at once; please try again in "
            + retryAfterSeconds
            + " s.",
        List.of(),
        "");
  }

  /** A slash command: an ephemeral reply, or an ephemeral "thinking…" that is then edited. */
  static DeadlineResponder.Target<Drawn> toCommand(
      SlashCommandInteractionEvent event, DiscordRenderer renderer) {
    return toCommand(event, renderer, "/" + event.getName());
  }

  /**
   * Any interaction answered with a new private message: a slash command, a "Why?" button. Every
   * response goes through the interaction (its callback, then its webhook), never a channel post
   * with the bot token, which fails where the app is only user-installed.
   */
  static DeadlineResponder.Target<Drawn> toCommand(
      IReplyCallback event, DiscordRenderer renderer, String what) {
    boolean shares = PublicReplies.allowed(event);
    return new DeadlineResponder.Target<>() {
      @Override
      public Drawn draw(Reply reply) {
        return Replies.draw(renderer, reply, shares);
      }

      @Override
      public void answer(Drawn drawn) {
        event
            .reply(drawn.drawing().createData())
            .setEphemeral(drawn.message().ephemeral())
            .queue(null, failed("reply to " + what, event.getId()));
      }

      @Override
      public void defer() {
        event.deferReply(true).queue(null, failed("defer " + what, event.getId()));
      }

      @Override
      public void answerLater(Drawn drawn) {
        event
            .getHook()
            .editOriginal(drawn.message().toEditData())
            .queue(null, failed("edit deferred " + what, event.getId()));
      }
    };
  }

  /**
   * A refinement menu: the answer is updated in place. A problem (say, a rate limit) does not
   * replace the answer; it arrives as a separate ephemeral message.
   */
  static DeadlineResponder.Target<Drawn> toMenu(
      StringSelectInteractionEvent event, DiscordRenderer renderer) {
    boolean shares = PublicReplies.allowed(event);
    FollowUps followUps = new FollowUps();
    return new DeadlineResponder.Target<>() {
      @Override
      public Drawn draw(Reply reply) {
        return Replies.draw(renderer, reply, shares);
      }

      @Override
      public void answer(Drawn drawn) {
        if (drawn.problem()) {
          event
              .reply(drawn.drawing().createData())
              .setEphemeral(true)
              .queue(null, failed("reply to menu", event.getId()));
        } else {
          event
              .editMessage(drawn.message().toEditData())
              .queue(null, failed("update", event.getId()));
        }
      }

      @Override
      public void defer() {
        event.deferEdit().queue(null, failed("defer update", event.getId()));
      }

      // A problem after a deferral follows up, leaving the answer in place; past Discord's limit on
      // follow-ups it replaces the answer instead, so the user still reads it.
      @Override
      public void answerLater(Drawn drawn) {
        if (drawn.problem() && followUps.take()) {
          event
              .getHook()
              .sendMessage(drawn.message().toCreateData())
              .setEphemeral(true)
              .queue(null, failed("follow up menu", event.getId()));
        } else {
          event
              .getHook()
              .editOriginal(drawn.message().toEditData())
              .queue(null, failed("edit deferred update", event.getId()));
        }
      }
    };
  }

  /** The reply for the asker; without a Share button where it could not be shared. */
  private static Drawn draw(DiscordRenderer renderer, Reply reply, boolean shares) {
    return new Drawn(renderer.forAsker(reply, shares), reply instanceof Problem);
  }

  static Consumer<Throwable> failed(String what, String interactionId) {
    return error ->
        log.warn(
            "Discord refused to {} (interaction {}): {}", what, interactionId, error.toString());
  }
}
