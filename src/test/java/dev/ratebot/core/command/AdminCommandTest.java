package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.DatasetStatus;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminCommandTest {
  private static final Instant LOADED = Instant.parse("2026-12-01T00:00:00Z");

  private final Port port = new Port();
  private final CommandRegistry registry =
      BuiltInCommands.registry(Bundled.dataset(), EstimateSettings.defaults());
  private final AdminCommand command = new AdminCommand(port);

  @Test
  void anyoneElseIsRefusedWithoutBeingToldWhatTheCommandDoes() {
    Reply reply = run("admin reload", "slack:U9");

    assertThat(reply).isEqualTo(Problem.refused(AdminCommand.REFUSAL));
    assertThat(port.refused).containsExactly("slack:U9");
    assertThat(port.reloads).isZero();
  }

  @Test
  void statusListsTheFactsAndTheDataset() {
    port.status = port.status.refused("card.csv: line 3: bad figure");

    Info status = (Info) run("admin status", "slack:UOPS");

    assertThat(status.confidential()).isTrue();
    assertThat(lines(status))
        .containsExactly(
            "up for: PT1H",
            "version 1a2b3c4d, vintage 2023",
            "loaded at 2026-12-01T00:00:00Z",
            "last load refused: card.csv: line 3: bad figure");
    assertThat(run("admin", "slack:UOPS")).isEqualTo(status);
  }

  @Test
  void reloadSaysWhatChanged() {
    port.next = new DatasetStatus("99ff0011", "2024", LOADED, Optional.empty());
    assertThat(lines((Info) run("admin reload", "slack:UOPS")))
        .startsWith("Reloaded: version 99ff0011 replaces 1a2b3c4d.");

    assertThat(lines((Info) run("admin reload", "slack:UOPS")))
        .startsWith("Reloaded: the files are unchanged.");

    port.next = port.status.refused("card.csv: the file is empty");
    assertThat(lines((Info) run("admin reload", "slack:UOPS")))
        .startsWith("Reload refused; the data before it still serves.")
        .contains("last load refused: card.csv: the file is empty");
  }

  @Test
  void anUnknownActionIsRefusedWithTheTwoThereAre() {
    assertThat(run("admin restart", "slack:UOPS"))
        .isEqualTo(Problem.refused("Try admin status or admin reload."));
    assertThat(port.reloads).isZero();
  }

  private Reply run(String text, String caller) {
    return command.run(new Invocation(text, Optional.empty(), List.of(), registry, caller));
  }

  private static List<String> lines(Info info) {
    return info.sections().stream().flatMap(s -> s.lines().stream()).toList();
  }

  private static final class Port implements AdminPort {
    final List<String> refused = new ArrayList<>();
    DatasetStatus status = new DatasetStatus("1a2b3c4d", "2023", LOADED, Optional.empty());
    DatasetStatus next = status;
    int reloads;

    @Override
    public boolean allows(String caller) {
      return caller.equals("slack:UOPS");
    }

    @Override
    public void refused(String caller) {
      refused.add(caller);
    }

    @Override
    public Map<String, String> facts() {
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("up for", "PT1H");
      return facts;
    }

    @Override
    public DatasetStatus dataset() {
      return status;
    }

    @Override
    public DatasetStatus reload() {
      reloads++;
      status = next;
      return status;
    }
  }
}
