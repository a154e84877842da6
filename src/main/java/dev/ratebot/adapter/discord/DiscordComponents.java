package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordText.clip;

import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.core.reply.Refinement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;

/**
 * The refine menus (one action row each, at most four) and the buttons (one row of at most four,
 * within Discord's five a row), within Discord's five rows.
 */
final class DiscordComponents {
  static final int MAX_MENUS = 4;

  private DiscordComponents() {}

  static List<ActionRow> rows(Controls controls) {
    List<ActionRow> rows = new ArrayList<>();
    List<Refinement> menus = controls.menus().stream().limit(MAX_MENUS).toList();
    for (int i = 0; i < menus.size(); i++) {
      rows.add(ActionRow.of(menu(i, menus.get(i))));
    }
    List<Button> buttons = new ArrayList<>();
    String answerId = controls.answerId().orElse("");
    for (Controls.Button button : controls.buttons()) {
      String id = ComponentIds.button(button, answerId, controls.question(button));
      buttons.add(
          button.shares()
              ? Button.primary(id, button.label())
              : Button.secondary(id, button.label()));
    }
    if (!buttons.isEmpty()) {
      rows.add(ActionRow.of(buttons));
    }
    return rows;
  }

  private static StringSelectMenu menu(int index, Refinement refinement) {
    Map<String, Refinement.Choice> byQuery = new LinkedHashMap<>();
    refinement.choices().forEach(c -> byQuery.putIfAbsent(c.query(), c));
    List<Refinement.Choice> choices =
        byQuery.values().stream().limit(StringSelectMenu.OPTIONS_MAX_AMOUNT).toList();
    StringSelectMenu.Builder menu =
        StringSelectMenu.create(ComponentIds.refine(index))
            .setPlaceholder(
                clip(
                    "Change " + refinement.dimension().toLowerCase(Locale.ROOT),
                    StringSelectMenu.PLACEHOLDER_MAX_LENGTH));
    for (Refinement.Choice choice : choices) {
      menu.addOptions(
          SelectOption.of(
              clip(
                  choice.label().isBlank() ? choice.query() : choice.label(),
                  SelectOption.LABEL_MAX_LENGTH),
              choice.query()));
    }
    choices.stream()
        .filter(Refinement.Choice::selected)
        .findFirst()
        .ifPresent(c -> menu.setDefaultValues(c.query()));
    return menu.build();
  }
}
