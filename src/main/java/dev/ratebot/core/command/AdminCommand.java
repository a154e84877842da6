package dev.ratebot.core.command;

import dev.ratebot.core.rates.DatasetStatus;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code admin status} and {@code admin reload}, for operators only. Registered hidden: no help,
 * usage hint or platform definition lists it. Its replies are private, and anyone else gets a short
 * refusal that says nothing about what the command does.
 */
public final class AdminCommand implements Command {
  /** The word that starts it. */
  public static final String WORD = "admin";

  /** Said to anyone who may not run it. */
  public static final String REFUSAL = "Sorry, that command is for this bot's operators only.";

  private static final CommandDefinition DEFINITION =
      CommandDefinition.builder(WORD, "Operator status and dataset reload")
          .usage("status | reload")
          .build();

  private final AdminPort port;

  public AdminCommand(AdminPort port) {
    this.port = Objects.requireNonNull(port, "port");
  }

  @Override
  public CommandDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Reply run(Invocation invocation) {
    if (!port.allows(invocation.caller())) {
      port.refused(invocation.caller());
      return Problem.refused(REFUSAL);
    }
    String[] words = invocation.text().trim().toLowerCase(Locale.ROOT).split("\\s+");
    String action = words.length > 1 ? words[1] : "status";
    return switch (action) {
      case "status" -> status();
      case "reload" -> reload();
      default -> Problem.refused("Try admin status or admin reload.");
    };
  }

  private Reply status() {
    List<String> bot = new ArrayList<>();
    port.facts().forEach((name, value) -> bot.add(name + ": " + value));
    return Info.confidential(
        "ratebot status", List.of(new Section("", bot), dataset(port.dataset())));
  }

  private Reply reload() {
    String before = port.dataset().version();
    DatasetStatus after = port.reload();
    String outcome;
    if (after.lastError().isPresent()) {
      outcome = "Reload refused; the data before it still serves.";
    } else if (after.version().equals(before)) {
      outcome = "Reloaded: the files are unchanged.";
    } else {
      outcome = "Reloaded: version " + after.version() + " replaces " + before + ".";
    }
    return Info.confidential(
        "ratebot reload", List.of(new Section("", List.of(outcome)), dataset(after)));
  }

  private static Section dataset(DatasetStatus status) {
    List<String> lines = new ArrayList<>();
    lines.add("version " + status.version() + ", vintage " + status.vintage());
    lines.add("loaded at " + status.loadedAt());
    status.lastError().ifPresent(e -> lines.add("last load refused: " + e));
    return new Section("Dataset", lines);
  }
}
