package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request that Discord's spec does not allow: no operation has its method and path (status 404 or
 * 405), or its body does not match the operation's request schema (400, "Invalid Form Body").
 *
 * @param status the status the fake answered with, as Discord would
 * @param method the HTTP method
 * @param route the operation's path template and id ({@code /webhooks/{webhook_id}/… (id)}), or,
 *     when none matched, the path with any token-long segment masked
 * @param faults what is wrong, each at a place in the body
 */
public record ContractViolation(int status, String method, String route, List<Fault> faults) {
  private static final Pattern TOKEN_LONG = Pattern.compile("[^/]{30,}");
  private static final int SHOWN = 12;

  public ContractViolation {
    faults = List.copyOf(faults);
  }

  static ContractViolation route(int status, String method, String path, String why) {
    return new ContractViolation(status, method, path, List.of(Fault.atRoot("route", why)));
  }

  /** A path below the API base, with interaction and webhook tokens masked. */
  static String masked(String path) {
    return "/" + TOKEN_LONG.matcher(path).replaceAll("{token}");
  }

  /** The body Discord answers such a request with. */
  JsonNode response() {
    if (status != 400) {
      String reason = status == 405 ? "405: Method Not Allowed" : "404: Not Found";
      return JSON.createObjectNode().put("message", reason).put("code", 0);
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("message", "Invalid Form Body").put("code", 50035);
    ObjectNode errors = body.putObject("errors");
    for (Fault fault : faults) {
      ObjectNode at = errors;
      for (String name : fault.at()) {
        at = at.has(name) ? (ObjectNode) at.get(name) : at.putObject(name);
      }
      ArrayNode list = at.has("_errors") ? (ArrayNode) at.get("_errors") : at.putArray("_errors");
      list.addObject().put("code", fault.keyword()).put("message", fault.message());
    }
    return body;
  }

  @Override
  public String toString() {
    String shown =
        faults.stream().limit(SHOWN).map(Fault::toString).collect(Collectors.joining("; "));
    return status
        + " "
        + method
        + " "
        + route
        + ": "
        + shown
        + (faults.size() > SHOWN ? "; and " + (faults.size() - SHOWN) + " more" : "");
  }

  /**
   * One thing wrong with a request.
   *
   * @param at the place in the body, as property names and array indexes; empty for the whole body
   * @param keyword the JSON Schema keyword that failed ({@code maxLength}, …), or what else failed
   * @param message what is wrong
   */
  public record Fault(List<String> at, String keyword, String message) {
    public Fault {
      at = List.copyOf(at);
    }

    static Fault atRoot(String keyword, String message) {
      return new Fault(List.of(), keyword, message);
    }

    static Fault of(com.networknt.schema.Error error) {
      List<String> at = new ArrayList<>();
      for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
        at.add(error.getInstanceLocation().getName(i));
      }
      return new Fault(at, error.getKeyword(), error.getMessage());
    }

    /** The place as a JSON pointer, e.g. {@code /embeds/0/title}. */
    public String pointer() {
      return at.stream().map(name -> "/" + name).collect(Collectors.joining());
    }

    @Override
    public String toString() {
      return (at.isEmpty() ? "(body)" : pointer()) + " " + keyword + ": " + message;
    }
  }
}
