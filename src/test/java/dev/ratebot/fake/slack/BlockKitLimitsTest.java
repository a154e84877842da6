package dev.ratebot.fake.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker refuses each documented limit one character or item past it, and nothing less. */
class BlockKitLimitsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static ObjectNode text(String type, int length) {
    return JSON.createObjectNode().put("type", type).put("text", "x".repeat(length));
  }

  static ObjectNode section(int length) {
    ObjectNode section = JSON.createObjectNode().put("type", "section");
    section.set("text", text("mrkdwn", length));
    return section;
  }

  static ObjectNode message(JsonNode... blocks) {
    ObjectNode message = JSON.createObjectNode().put("text", "fallback");
    message.putArray("blocks").addAll(List.of(blocks));
    return message;
  }

  static ObjectNode button(int textLength, int valueLength, String actionId) {
    ObjectNode button = JSON.createObjectNode().put("type", "button").put("action_id", actionId);
    button.set("text", text("plain_text", textLength));
    return button.put("value", "v".repeat(valueLength));
  }

  static ObjectNode actions(JsonNode... elements) {
    ObjectNode actions = JSON.createObjectNode().put("type", "actions");
    actions.putArray("elements").addAll(List.of(elements));
    return actions;
  }

  @Test
  void aMessageAtEveryLimitPasses() {
    ObjectNode header = JSON.createObjectNode().put("type", "header");
    header.set("text", text("plain_text", 150));
    ObjectNode fields = JSON.createObjectNode().put("type", "section");
    ArrayNode ten = fields.putArray("fields");
    for (int i = 0; i < 10; i++) {
      ten.add(text("mrkdwn", 2000));
    }
    ObjectNode context = JSON.createObjectNode().put("type", "context");
    ArrayNode elements = context.putArray("elements");
    for (int i = 0; i < 10; i++) {
      elements.add(text("mrkdwn", 3000));
    }
    ObjectNode image = JSON.createObjectNode().put("type", "image");
    image.put("alt_text", "a".repeat(2000)).putObject("slack_file").put("id", "F1");
    image.set("title", text("plain_text", 2000));
    ObjectNode message =
        message(
            header,
            section(3000),
            fields,
            context,
            image,
            actions(button(75, 2000, "a".repeat(255))));
    message.put("text", "t".repeat(40_000));
    ArrayNode blocks = (ArrayNode) message.get("blocks");
    while (blocks.size() < 50) {
      blocks.add(section(1));
    }

    assertThat(BlockKitLimits.message(message)).isEmpty();
  }

  @Test
  void eachLimitOnePastIsAFaultNamedWithItsPointer() {
    ObjectNode header = JSON.createObjectNode().put("type", "header");
    header.set("text", text("mrkdwn", 151));
    ObjectNode fields = JSON.createObjectNode().put("type", "section");
    ArrayNode eleven = fields.putArray("fields");
    for (int i = 0; i < 11; i++) {
      eleven.add(text("mrkdwn", i == 0 ? 2001 : 1));
    }
    ObjectNode message =
        message(
            section(3001),
            header,
            fields,
            actions(button(76, 2001, "same"), button(1, 1, "same")),
            JSON.createObjectNode().put("type", "rich_text"));
    message.put("text", "t".repeat(40_001));

    assertThat(BlockKitLimits.message(message))
        .containsExactlyInAnyOrder(
            "must be less than 40001 characters [json-pointer:/text]",
            "must be less than 3001 characters [json-pointer:/blocks/0/text/text]",
            "must be one of [plain_text] [json-pointer:/blocks/1/text/type]",
            "must be less than 151 characters [json-pointer:/blocks/1/text/text]",
            "no more than 10 items allowed [json-pointer:/blocks/2/fields]",
            "must be less than 2001 characters [json-pointer:/blocks/2/fields/0/text]",
            "must be less than 76 characters [json-pointer:/blocks/3/elements/0/text/text]",
            "must be less than 2001 characters [json-pointer:/blocks/3/elements/0/value]",
            "duplicate action_id [json-pointer:/blocks/3/elements/1/action_id]",
            "unsupported type [json-pointer:/blocks/4/type]");
  }

  @Test
  void aMessageHasFiftyBlocksAndAHomeTabAHundred() {
    ObjectNode message = message();
    ObjectNode view = JSON.createObjectNode().put("type", "home");
    ArrayNode viewBlocks = view.putArray("blocks");
    for (int i = 0; i < 51; i++) {
      ((ArrayNode) message.get("blocks")).add(section(1));
      viewBlocks.add(section(1));
    }

    assertThat(BlockKitLimits.message(message))
        .containsExactly("no more than 50 items allowed [json-pointer:/blocks]");
    assertThat(BlockKitLimits.homeView(view)).isEmpty();

    while (viewBlocks.size() < 101) {
      viewBlocks.add(section(1));
    }
    view.put("type", "modal");
    assertThat(BlockKitLimits.homeView(view))
        .containsExactly(
            "must be one of [home] [json-pointer:/view/type]",
            "no more than 100 items allowed [json-pointer:/view/blocks]");
  }

  @Test
  void selectsImagesContextsAndBlockIdsAreChecked() {
    ObjectNode select = JSON.createObjectNode().put("type", "static_select").put("action_id", "s");
    select.set("placeholder", text("plain_text", 151));
    ObjectNode option = select.putArray("options").addObject().put("value", "q".repeat(151));
    option.set("text", text("plain_text", 76));
    select.putObject("initial_option").put("value", "other");
    ObjectNode image = JSON.createObjectNode().put("type", "image").put("alt_text", "");
    image.put("image_url", "u".repeat(3001));
    ObjectNode context = JSON.createObjectNode().put("type", "context");
    context.putArray("elements");
    ObjectNode first = section(1).put("block_id", "b".repeat(256));
    ObjectNode twin = section(1).put("block_id", "b".repeat(256));
    ObjectNode empty = JSON.createObjectNode().put("type", "section");

    assertThat(BlockKitLimits.message(message(actions(select), image, context, first, twin, empty)))
        .containsExactlyInAnyOrder(
            "must be less than 151 characters [json-pointer:/blocks/0/elements/0/placeholder/text]",
            "must be less than 76 characters"
                + " [json-pointer:/blocks/0/elements/0/options/0/text/text]",
            "must be less than 151 characters [json-pointer:/blocks/0/elements/0/options/0/value]",
            "must match one of the options [json-pointer:/blocks/0/elements/0/initial_option]",
            "must be more than 0 characters [json-pointer:/blocks/1/alt_text]",
            "must be less than 3001 characters [json-pointer:/blocks/1/image_url]",
            "must provide at least 1 item [json-pointer:/blocks/2/elements]",
            "must be less than 256 characters [json-pointer:/blocks/3/block_id]",
            "must be less than 256 characters [json-pointer:/blocks/4/block_id]",
            "duplicate block_id [json-pointer:/blocks/4/block_id]",
            "must provide either text or fields [json-pointer:/blocks/5]");
  }
}
