package dev.ratebot.adapter.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit building blocks with Slack's limits applied. Every mrkdwn text object is {@code
 * verbatim}, so Slack does not auto-link or auto-mention anything in it; callers pass text that is
 * already escaped.
 */
final class Blocks {
  static final int MAX_BLOCKS = 50;
  static final int MAX_VIEW_BLOCKS = 100;
  static final int MAX_TEXT = 3000;
  static final int MAX_HEADER = 150;
  static final int MAX_FIELDS = 10;
  static final int MAX_FIELD = 2000;
  static final int MAX_CONTEXT_ELEMENTS = 10;
  static final int MAX_OPTION_TEXT = 75;
  static final int MAX_OPTION_VALUE = 150;
  static final int MAX_OPTIONS = 100;
  static final int MAX_ACTION_ELEMENTS = 25;
  static final int MAX_BUTTON_VALUE = 2000;
  static final int MAX_ALT_TEXT = 2000;
  static final int MAX_IMAGE_TITLE = 2000;

  private Blocks() {}

  static PlainTextObject plain(String text, int max) {
    String fitted = SlackText.fit(text.isBlank() ? "-" : text, max);
    return PlainTextObject.builder().text(fitted).emoji(true).build();
  }

  static MarkdownTextObject markdown(String escaped, int max) {
    String fitted = SlackText.fit(escaped.isBlank() ? " " : escaped, max);
    return MarkdownTextObject.builder().text(fitted).verbatim(true).build();
  }

  static LayoutBlock header(String text) {
    return HeaderBlock.builder().text(plain(text, MAX_HEADER)).build();
  }

  static LayoutBlock section(String escaped) {
    return SectionBlock.builder().text(markdown(escaped, MAX_TEXT)).build();
  }

  /** Sections of at most ten fields each. */
  static List<LayoutBlock> fieldSections(List<String> escapedFields) {
    List<LayoutBlock> sections = new ArrayList<>();
    for (int from = 0; from < escapedFields.size(); from += MAX_FIELDS) {
      List<TextObject> fields = new ArrayList<>();
      for (String field :
          escapedFields.subList(from, Math.min(from + MAX_FIELDS, escapedFields.size()))) {
        fields.add(markdown(field, MAX_FIELD));
      }
      sections.add(SectionBlock.builder().fields(fields).build());
    }
    return sections;
  }

  /** Sections holding the lines, as few as fit {@link #MAX_TEXT} characters each. */
  static List<LayoutBlock> lineSections(List<String> escapedLines) {
    return pack(escapedLines, MAX_TEXT).stream().map(Blocks::section).toList();
  }

  /** One context block holding the lines, as few elements as fit; at most ten elements. */
  static LayoutBlock context(List<String> escapedLines) {
    List<ContextBlockElement> elements = new ArrayList<>();
    for (String chunk : pack(escapedLines, MAX_TEXT)) {
      if (elements.size() == MAX_CONTEXT_ELEMENTS) {
        break;
      }
      elements.add(markdown(chunk, MAX_TEXT));
    }
    return ContextBlock.builder().elements(elements).build();
  }

  /**
   * Joins lines with newlines into chunks of at most {@code max} characters; long lines are cut.
   */
  static List<String> pack(List<String> lines, int max) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String fitted = SlackText.fit(line, max);
      if (current.length() > 0 && current.length() + 1 + fitted.length() > max) {
        chunks.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(fitted);
    }
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }
}
