package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.AnswerButtons;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Translates interactions: {@code /rate} and its menus become requests for the handler;
 * autocomplete is answered from the command registry; the buttons under an answer act on the answer
 * as kept ({@link AnswerButtons}).
 */
final class InteractionListener extends ListenerAdapter {
  private final RateCommand command;
  private final RequestHandler handler;
  private final DiscordRenderer renderer;
  private final DeadlineResponder responder;
  private final AnswerButtons buttons;

  InteractionListener(
      RateCommand command,
      RequestHandler handler,
      DiscordRenderer renderer,
      DeadlineResponder responder) {
    this.command = Objects.requireNonNull(command, "command");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.responder = Objects.requireNonNull(responder, "responder");
    this.buttons = new AnswerButtons(renderer.store());
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(command.name())) {
      return;
    }
    Function<String, String> option = name -> event.getOption(name, OptionMapping::getAsString);
    Request request =
        new Request(
            command.requestText(option),
            command.typedOptions(option),
            event.getUser().getId(),
            event.getChannelId(),
            Platform.DISCORD);
    responder.respond(
        () -> handler.handle(request),
        Replies.toCommand(event, renderer),
        event.getTimeCreated().toInstant());
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!event.getName().equals(command.name())) {
      return;
    }
    event
        .replyChoices(
            command.suggest(
                event.getFocusedOption().getName(), event.getFocusedOption().getValue()))
        .queue(null, Replies.failed("suggest", event.getId()));
  }

  @Override
  public void onStringSelectInteraction(StringSelectInteractionEvent event) {
    if (!ComponentIds.isRefine(event.getComponentId()) || event.getValues().isEmpty()) {
      return;
    }
    Request request =
        request(event.getValues().get(0), event.getUser().getId(), event.getChannelId());
    responder.respond(
        () -> handler.handle(request),
        Replies.toMenu(event, renderer),
        event.getTimeCreated().toInstant());
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    ComponentIds.click(event.getComponentId()).ifPresent(click -> press(event, click));
  }

  // A button acts on the kept answer: Share answers publicly at once (no chart to draw, and "Share
  // range" asks a question, which takes microseconds); the others answer privately, within the
  // deadline (a chart takes a moment to draw). Each answers through the click itself: where the
  // app is only user-installed (a group DM, a server the bot is not in) the bot's own token cannot
  // post at all.
  private void press(ButtonInteractionEvent event, ComponentIds.Click click) {
    String user = event.getUser().getId();
    String channel = event.getChannelId();
    Supplier<AnswerButtons.Outcome> outcome =
        () ->
            buttons.press(
                click.button(),
                click.answerId(),
                click.question(),
                user,
                asked -> handler.handle(request(asked, user, channel)));
    if (click.button().shares() && !PublicReplies.allowed(event)) {
      // Discord would turn the share private without saying so; say it, privately.
      event
          .reply(renderer.renderPrivately(Problem.user(PublicReplies.NOT_HERE)).toCreateData())
          .setEphemeral(true)
          .queue(null, Replies.failed("refuse share", event.getId()));
      return;
    }
    if (click.button().shares()) {
      AnswerButtons.Outcome shared = outcome.get();
      DiscordMessage message =
          shared.shared()
              ? renderer.renderShared(shared.reply(), user)
              : renderer.render(shared.reply(), Audience.ASKER);
      event
          .reply(message.toCreateData())
          .setEphemeral(!shared.shared())
          .queue(null, Replies.failed("share", event.getId()));
      return;
    }
    responder.respond(
        () -> outcome.get().reply(),
        Replies.toCommand(event, renderer, click.button().label()),
        event.getTimeCreated().toInstant());
  }

  private static Request request(String text, String userId, String channelId) {
    return new Request(text, userId, channelId, Platform.DISCORD);
  }
}
