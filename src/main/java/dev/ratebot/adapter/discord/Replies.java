package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
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

  /** A slash command: an ephemeral reply, or an ephemeral "thinking…" that is then edited. */
  static DeadlineResponder.Target toCommand(
      SlashCommandInteractionEvent event, DiscordRenderer renderer) {
    return toCommand(event, renderer, "/" + event.getName());
  }

  /** Any interaction answered with a new private message: a slash command, a "Why?" button. */
  static DeadlineResponder.Target toCommand(
      IReplyCallback event, DiscordRenderer renderer, String what) {
    return new DeadlineResponder.Target() {
      @Override
      public void answer(Reply reply) {
        DiscordMessage message = renderer.render(reply, Audience.ASKER);
        event
            .reply(message.toCreateData())
            .setEphemeral(message.ephemeral())
            .queue(null, failed("reply to " + what, event.getId()));
      }

      @Override
      public void defer() {
        event.deferReply(true).queue(null, failed("defer " + what, event.getId()));
      }

      @Override
      public void answerLater(Reply reply) {
        event
            .getHook()
            .editOriginal(renderer.render(reply, Audience.ASKER).toEditData())
            .queue(null, failed("edit deferred " + what, event.getId()));
      }
    };
  }

  /**
   * A refinement menu: the answer is updated in place. A problem (say, a rate limit) does not
   * replace the answer; it arrives as a separate ephemeral message.
   */
  static DeadlineResponder.Target toMenu(
      StringSelectInteractionEvent event, DiscordRenderer renderer) {
    return new DeadlineResponder.Target() {
      @Override
      public void answer(Reply reply) {
        DiscordMessage message = renderer.render(reply, Audience.ASKER);
        if (reply instanceof Problem) {
          event
              .reply(message.toCreateData())
              .setEphemeral(true)
              .queue(null, failed("reply to menu", event.getId()));
        } else {
          event.editMessage(message.toEditData()).queue(null, failed("update", event.getId()));
        }
      }

      @Override
      public void defer() {
        event.deferEdit().queue(null, failed("defer update", event.getId()));
      }

      @Override
      public void answerLater(Reply reply) {
        DiscordMessage message = renderer.render(reply, Audience.ASKER);
        if (reply instanceof Problem) {
          event
              .getHook()
              .sendMessage(message.toCreateData())
              .setEphemeral(true)
              .queue(null, failed("follow up menu", event.getId()));
        } else {
          event
              .getHook()
              .editOriginal(message.toEditData())
              .queue(null, failed("edit deferred update", event.getId()));
        }
      }
    };
  }

  static Consumer<Throwable> failed(String what, String interactionId) {
    return error ->
        log.warn(
            "Discord refused to {} (interaction {}): {}", what, interactionId, error.toString());
  }
}
