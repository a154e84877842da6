package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.app.Wiring;
import dev.ratebot.core.command.Command;
import dev.ratebot.core.command.CommandDefinition;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.command.Invocation;
import dev.ratebot.core.reply.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app manifest in config/ stays in step with the command registry and asks for no more than
 * needed.
 */
class SlackAppManifestTest {
  static final Path MANIFEST = Path.of("config", "slack-app-manifest.yml");
  static final Pattern COMMAND =
      Pattern.compile(
          "(?m)^ {4}- command: (.+)\\n {6}description: (.+)\\n {6}usage_hint: (.+)\\n {6}should_escape: false$");

  final String manifest = read();
  final CommandRegistry commands = Wiring.bundledCommands();

  static String read() {
    try {
      return Files.readString(MANIFEST);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + MANIFEST.toAbsolutePath(), e);
    }
  }

  static String unquote(String value) {
    String v = value.strip();
    if (v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return v;
  }

  /** The "- item" lines directly under a "key:" line. */
  List<String> listUnder(String keyLine) {
    List<String> items = new ArrayList<>();
    List<String> lines = manifest.lines().toList();
    int at = lines.indexOf(keyLine);
    assertThat(at).as(keyLine).isNotNegative();
    String indent =
        keyLine.substring(0, keyLine.length() - keyLine.stripLeading().length()) + "  - ";
    for (int i = at + 1; i < lines.size() && lines.get(i).startsWith(indent); i++) {
      items.add(lines.get(i).substring(indent.length()).strip());
    }
    return items;
  }

  @Test
  void theFileIsExactlyWhatTheRegistryAndTheAdapterDerive() {
    assertThat(manifest)
        .as("config/slack-app-manifest.yml drifted; replace it with the expected text")
        .isEqualTo(SlackManifest.yaml(commands));
  }

  @Test
  void slashCommandMatchesTheRegistry() {
    Matcher command = COMMAND.matcher(manifest);

    assertThat(command.find()).as("one /rate command entry").isTrue();
    assertThat(unquote(command.group(1))).isEqualTo("/rate");
    assertThat(unquote(command.group(2))).isEqualTo(commands.description());
    assertThat(unquote(command.group(3)))
        .isEqualTo(commands.usageHint())
        .isEqualTo(
            "[level] [technology] [region or country] | help | list | sources"
                + " | compare [level] [technology] region vs region | rank [level] [technology]"
                + " | budget [count] [level] [technology] [+ more] [region] [period]"
                + " | check figure [level] [technology] [region or country]"
                + " | why [level] [technology] region");
    assertThat(command.find()).as("a second command").isFalse();
  }

  @Test
  void aNewCommandChangesTheUsageHintTheManifestMustCarry() {
    CommandRegistry more =
        CommandRegistry.builder(commands.defaultCommand())
            .help(commands.help())
            .register(
                new StubCommand(
                    CommandDefinition.builder("compare", "Two questions side by side")
                        .usage("[question] vs [question]")
                        .build()))
            .build();

    assertThat(SlackManifest.yaml(more))
        .contains(
            "usage_hint: \"[level] [technology] [region or country] | help | compare"
                + " [question] vs [question]\"")
        .isNotEqualTo(manifest);
  }

  @Test
  void botScopesAreExactlyWhatTheAdapterUses() {
    assertThat(listUnder("    bot:"))
        .containsExactlyInAnyOrder(
            "app_mentions:read", "chat:write", "commands", "files:write", "im:history");
    assertThat(manifest).doesNotContain("    user:");
  }

  @Test
  void eventsAreTheHomeTabMentionsAndDirectMessagesOnly() {
    assertThat(listUnder("    bot_events:"))
        .containsExactlyInAnyOrder("app_home_opened", "app_mention", "message.im");
  }

  private record StubCommand(CommandDefinition definition) implements Command {
    @Override
    public Reply run(Invocation invocation) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void socketModeInteractivityAndTheHomeTabAreOn() {
    assertThat(manifest)
        .contains("  socket_mode_enabled: true\n")
        .contains("  interactivity:\n    is_enabled: true\n")
        .contains("    home_tab_enabled: true\n")
        .contains("    messages_tab_enabled: true\n    messages_tab_read_only_enabled: false\n")
        .doesNotContain("request_url", "url:");
  }
}
