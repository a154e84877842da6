package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's documented Block Kit limits, checked the way Slack checks them: every fault is one line
 * in Slack's words with a JSON pointer, as in {@code must be less than 3001 characters
 * [json-pointer:/blocks/0/text/text]}. The limits, from the Block Kit reference
 * (docs.slack.dev/reference/block-kit):
 *
 * <ul>
 *   <li>blocks: up to 50 in a message, 100 in a modal or Home tab view; {@code block_id} at most
 *       255 characters, unique in the message or view;
 *   <li>text object: {@code plain_text} or {@code mrkdwn}, 1 to 3,000 characters;
 *   <li>section: {@code text} up to 3,000 characters, or 1 to 10 {@code fields} of up to 2,000
 *       each; an optional accessory element;
 *   <li>header: {@code plain_text} only, up to 150 characters;
 *   <li>context: 1 to 10 elements, each a text object or an image element;
 *   <li>actions: 1 to 25 elements, {@code action_id}s unique in the block;
 *   <li>button: {@code plain_text} up to 75 characters, {@code action_id} up to 255, {@code value}
 *       up to 2,000, {@code url} up to 3,000;
 *   <li>static select: {@code plain_text} placeholder up to 150 characters, 1 to 100 options, each
 *       {@code plain_text} up to 75 characters with a value up to 150; an initial option that is
 *       one of them;
 *   <li>image (block or context element): {@code alt_text} up to 2,000 characters, and either an
 *       {@code image_url} up to 3,000 or a {@code slack_file}; a block's title {@code plain_text}
 *       up to 2,000;
 *   <li>a message's top-level {@code text}: Slack truncates beyond 40,000 characters ("Truncating
 *       really long messages", api.slack.com/changelog), which the fake treats as a fault.
 * </ul>
 *
 * A block type the bot does not send (rich_text, markdown, table, input, …) is refused, so a new
 * one cannot slip in without its limits being added here.
 */
public final class BlockKitLimits {
  /** Where blocks are shown, which sets how many are allowed. */
  public enum Surface {
    MESSAGE(50),
    HOME(100);

    final int maxBlocks;

    Surface(int maxBlocks) {
      this.maxBlocks = maxBlocks;
    }
  }

  static final int MAX_MESSAGE_TEXT = 40_000;

  private final List<String> errors = new ArrayList<>();
  private final Set<String> blockIds = new HashSet<>();

  private BlockKitLimits() {}

  /**
   * The faults of a message payload (chat.postMessage arguments, a response_url body, an ack's
   * payload): its top-level {@code text} and its {@code blocks}. Empty when Slack would take it.
   */
  public static List<String> message(JsonNode message) {
    BlockKitLimits check = new BlockKitLimits();
    JsonNode text = message.path("text");
    if (!text.isMissingNode() && !text.isNull()) {
      check.length(text, 0, MAX_MESSAGE_TEXT, "/text");
    }
    JsonNode blocks = message.path("blocks");
    if (!blocks.isMissingNode() && !blocks.isNull()) {
      check.blocks(blocks, Surface.MESSAGE, "/blocks");
    }
    return List.copyOf(check.errors);
  }

  /** The faults of a views.publish {@code view}: a Home tab of at most 100 valid blocks. */
  public static List<String> homeView(JsonNode view) {
    BlockKitLimits check = new BlockKitLimits();
    if (!view.path("type").asText().equals("home")) {
      check.fault("must be one of [home]", "/view/type");
    }
    for (String field : List.of("callback_id", "external_id")) {
      if (view.has(field)) {
        check.length(view.get(field), 0, 255, "/view/" + field);
      }
    }
    if (view.has("private_metadata")) {
      check.length(view.get("private_metadata"), 0, 3000, "/view/private_metadata");
    }
    check.blocks(view.path("blocks"), Surface.HOME, "/view/blocks");
    return List.copyOf(check.errors);
  }

  private void blocks(JsonNode blocks, Surface surface, String at) {
    if (!blocks.isArray()) {
      fault("must provide an array", at);
      return;
    }
    if (blocks.size() > surface.maxBlocks) {
      fault("no more than " + surface.maxBlocks + " items allowed", at);
    }
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i), at + "/" + i);
    }
  }

  private void block(JsonNode block, String at) {
    if (block.has("block_id")) {
      length(block.get("block_id"), 1, 255, at + "/block_id");
      if (!blockIds.add(block.get("block_id").asText())) {
        fault("duplicate block_id", at + "/block_id");
      }
    }
    switch (block.path("type").asText()) {
      case "section" -> section(block, at);
      case "header" -> text(block.path("text"), true, 150, at + "/text");
      case "context" -> context(block, at);
      case "actions" -> actions(block, at);
      case "image" -> image(block, true, at);
      case "divider" -> {}
      default -> fault("unsupported type", at + "/type");
    }
  }

  private void section(JsonNode block, String at) {
    boolean hasText = block.has("text");
    if (hasText) {
      text(block.get("text"), false, 3000, at + "/text");
    }
    if (block.has("fields")) {
      JsonNode fields = block.get("fields");
      count(fields, 10, at + "/fields");
      for (int i = 0; i < fields.size(); i++) {
        text(fields.get(i), false, 2000, at + "/fields/" + i);
      }
    } else if (!hasText) {
      fault("must provide either text or fields", at);
    }
    if (block.has("accessory")) {
      element(block.get("accessory"), at + "/accessory");
    }
  }

  private void context(JsonNode block, String at) {
    JsonNode elements = block.path("elements");
    count(elements, 10, at + "/elements");
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      if (element.path("type").asText().equals("image")) {
        image(element, false, at + "/elements/" + i);
      } else {
        text(element, false, 3000, at + "/elements/" + i);
      }
    }
  }

  private void actions(JsonNode block, String at) {
    JsonNode elements = block.path("elements");
    count(elements, 25, at + "/elements");
    Set<String> actionIds = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      element(elements.get(i), at + "/elements/" + i);
      String actionId = elements.get(i).path("action_id").asText("");
      if (!actionId.isEmpty() && !actionIds.add(actionId)) {
        fault("duplicate action_id", at + "/elements/" + i + "/action_id");
      }
    }
  }

  private void element(JsonNode element, String at) {
    if (element.has("action_id")) {
      length(element.get("action_id"), 1, 255, at + "/action_id");
    }
    switch (element.path("type").asText()) {
      case "button" -> {
        text(element.path("text"), true, 75, at + "/text");
        optional(element, "value", 2000, at);
        optional(element, "url", 3000, at);
      }
      case "static_select" -> staticSelect(element, at);
      case "image" -> image(element, false, at);
      default -> fault("unsupported type", at + "/type");
    }
  }

  private void staticSelect(JsonNode select, String at) {
    if (select.has("placeholder")) {
      text(select.get("placeholder"), true, 150, at + "/placeholder");
    }
    JsonNode options = select.path("options");
    count(options, 100, at + "/options");
    Set<String> values = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      JsonNode option = options.get(i);
      text(option.path("text"), true, 75, at + "/options/" + i + "/text");
      length(option.path("value"), 1, 150, at + "/options/" + i + "/value");
      values.add(option.path("value").asText());
    }
    JsonNode initial = select.path("initial_option");
    if (!initial.isMissingNode() && !values.contains(initial.path("value").asText())) {
      fault("must match one of the options", at + "/initial_option");
    }
  }

  // An image block needs alt_text and one source; an image element in a context the same.
  private void image(JsonNode image, boolean isBlock, String at) {
    length(image.path("alt_text"), 1, 2000, at + "/alt_text");
    boolean url = image.has("image_url");
    boolean file = image.has("slack_file");
    if (url == file) {
      fault("must provide exactly one of image_url or slack_file", at);
    } else if (url) {
      length(image.get("image_url"), 1, 3000, at + "/image_url");
    } else if (!image.get("slack_file").hasNonNull("id")
        && !image.get("slack_file").hasNonNull("url")) {
      fault("must provide an id or a url", at + "/slack_file");
    }
    if (isBlock && image.has("title")) {
      text(image.get("title"), true, 2000, at + "/title");
    }
  }

  private void text(JsonNode text, boolean plainOnly, int max, String at) {
    String type = text.path("type").asText();
    if (plainOnly && !type.equals("plain_text")) {
      fault("must be one of [plain_text]", at + "/type");
    } else if (!type.equals("plain_text") && !type.equals("mrkdwn")) {
      fault("must be one of [plain_text, mrkdwn]", at + "/type");
    }
    length(text.path("text"), 1, max, at + "/text");
  }

  private void optional(JsonNode node, String field, int max, String at) {
    if (node.has(field)) {
      length(node.get(field), 1, max, at + "/" + field);
    }
  }

  private void count(JsonNode array, int max, String at) {
    if (!array.isArray() || array.isEmpty()) {
      fault("must provide at least 1 item", at);
    } else if (array.size() > max) {
      fault("no more than " + max + " items allowed", at);
    }
  }

  // Counted in UTF-16 units (String.length()), as the renderer's SlackText.fit counts them.
  private void length(JsonNode value, int min, int max, String at) {
    if (!value.isTextual()) {
      fault("must provide a string", at);
    } else if (value.asText().length() > max) {
      fault("must be less than " + (max + 1) + " characters", at);
    } else if (value.asText().length() < min) {
      fault("must be more than " + (min - 1) + " characters", at);
    }
  }

  private void fault(String what, String pointer) {
    errors.add(what + " [json-pointer:" + pointer + "]");
  }
}
