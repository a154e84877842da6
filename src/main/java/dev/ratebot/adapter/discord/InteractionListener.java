package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Translates interactions: {@code /rate} and its menus become requests for the handler;
 * autocomplete is answered from the command registry; Share re-posts the answer the user sees.
 */
final class InteractionListener extends ListenerAdapter {
  private final RateCommand command;
  private final RequestHandler handler;
  private final DiscordRenderer renderer;
  private final DeadlineResponder responder;

  InteractionListener(
      RateCommand command,
      RequestHandler handler,
      DiscordRenderer renderer,
      DeadlineResponder responder) {
    this.command = Objects.requireNonNull(command, "command");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.responder = Objects.requireNonNull(responder, "responder");
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
    if (ComponentIds.isWhy(event.getComponentId())) {
      // "Why?": the calculation, as a new private message; the answer stays as it is.
      Request request =
          request(
              event.getComponentId().substring(ComponentIds.WHY_PREFIX.length()),
              event.getUser().getId(),
              event.getChannelId());
      responder.respond(
          () -> handler.handle(request),
          Replies.toCommand(event, renderer, "why"),
          event.getTimeCreated().toInstant());
      return;
    }
    if (!ComponentIds.SHARE.equals(event.getComponentId())) {
      return;
    }
    List<MessageEmbed> embeds = event.getMessage().getEmbeds();
    DiscordMessage message =
        embeds.isEmpty()
            ? renderer.render(Problem.user("There is no answer here to share."), Audience.ASKER)
            : renderer.shared(embeds, event.getUser().getId());
    event
        .reply(message.toCreateData())
        .setEphemeral(message.ephemeral())
        .queue(null, Replies.failed("share", event.getId()));
  }

  private static Request request(String text, String userId, String channelId) {
    return new Request(text, userId, channelId, Platform.DISCORD);
  }
}
