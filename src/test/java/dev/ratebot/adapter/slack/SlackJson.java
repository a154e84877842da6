package dev.ratebot.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;

/** Reads rendered messages as the JSON Slack receives, for assertions. */
final class SlackJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackJson() {}

  /** A rendered message serialised exactly as Bolt sends it. */
  static JsonNode of(SlackMessage message) {
    try {
      String json = GsonFactory.createSnakeCase().toJson(RateCommandListener.ephemeral(message));
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text Slack parses as mrkdwn: the top-level text and each mrkdwn text object. */
  static List<String> mrkdwnTexts(JsonNode message) {
    List<String> texts = new ArrayList<>();
    if (message.hasNonNull("text")) {
      texts.add(message.get("text").asText());
    }
    collect(message.get("blocks"), "mrkdwn", texts);
    return texts;
  }

  /** Every plain_text text object. */
  static List<String> plainTexts(JsonNode message) {
    List<String> texts = new ArrayList<>();
    collect(message.get("blocks"), "plain_text", texts);
    return texts;
  }

  /** The blocks of a given type. */
  static List<JsonNode> blocks(JsonNode message, String type) {
    List<JsonNode> found = new ArrayList<>();
    message
        .get("blocks")
        .forEach(
            b -> {
              if (b.path("type").asText().equals(type)) {
                found.add(b);
              }
            });
    return found;
  }

  /** Every element of every actions block. */
  static List<JsonNode> actionElements(JsonNode message) {
    List<JsonNode> found = new ArrayList<>();
    blocks(message, "actions").forEach(b -> b.get("elements").forEach(found::add));
    return found;
  }

  private static void collect(JsonNode node, String type, List<String> into) {
    if (node == null) {
      return;
    }
    if (node.isObject() && node.path("type").asText().equals(type) && node.has("text")) {
      into.add(node.get("text").asText());
    }
    node.forEach(child -> collect(child, type, into));
  }
}
