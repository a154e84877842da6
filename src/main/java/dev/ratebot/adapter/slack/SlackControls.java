package dev.ratebot.adapter.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.core.reply.Refinement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The refine menus and the buttons under an answer as one actions block, within Slack's limits. */
final class SlackControls {
  private SlackControls() {}

  /** The actions block, or nothing when no control fits Slack's limits. */
  static Optional<LayoutBlock> actions(Controls controls) {
    List<BlockElement> elements = new ArrayList<>();
    List<Refinement> menus = controls.menus();
    for (int i = 0;
        i < menus.size()
            && elements.size() < Blocks.MAX_ACTION_ELEMENTS - Controls.Button.values().length;
        i++) {
      menu(i, menus.get(i)).ifPresent(elements::add);
    }
    String id = controls.answerId().orElse("");
    for (Controls.Button button : controls.buttons()) {
      if (elements.size() < Blocks.MAX_ACTION_ELEMENTS) {
        elements.add(
            ButtonElement.builder()
                .actionId(SlackRenderer.actionId(button))
                .text(Blocks.plain(button.label(), Blocks.MAX_OPTION_TEXT))
                .value(value(id, controls.question(button)))
                .build());
      }
    }
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ActionsBlock.builder().blockId("ratebot-actions").elements(elements).build());
  }

  // The id, then the question an expired answer offers, left out when it would not fit.
  private static String value(String id, String question) {
    String value = question.isBlank() ? id : id + " " + question;
    return value.length() <= Blocks.MAX_BUTTON_VALUE ? value : id;
  }

  private static Optional<BlockElement> menu(int index, Refinement refinement) {
    List<OptionObject> options = new ArrayList<>();
    OptionObject initial = null;
    for (Refinement.Choice choice : refinement.choices()) {
      if (options.size() == Blocks.MAX_OPTIONS
          || choice.query().isBlank()
          || choice.query().length() > Blocks.MAX_OPTION_VALUE) {
        continue;
      }
      OptionObject option =
          OptionObject.builder()
              .text(Blocks.plain(choice.label(), Blocks.MAX_OPTION_TEXT))
              .value(choice.query())
              .build();
      options.add(option);
      if (choice.selected() && initial == null) {
        initial = option;
      }
    }
    if (options.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        StaticSelectElement.builder()
            .actionId(SlackRenderer.REFINE_ACTION_PREFIX + index)
            .placeholder(Blocks.plain(refinement.dimension(), Blocks.MAX_OPTION_TEXT))
            .options(options)
            .initialOption(initial)
            .build());
  }
}
