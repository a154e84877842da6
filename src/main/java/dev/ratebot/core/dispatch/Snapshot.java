package dev.ratebot.core.dispatch;

import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Reply;
import java.util.Objects;

/**
 * Everything built from one dataset: the dataset, the command registry over it (with its pricing)
 * and the parser. A reload builds a new snapshot and swaps it in whole, so a question is parsed and
 * answered from one version of the data. Immutable; a class rather than a record because the parser
 * it builds is an implementation detail.
 */
public final class Snapshot {
  private final RateDataset dataset;
  private final CommandRegistry commands;
  private final Answerer answerer;

  /** The snapshot of a dataset, its registry and the places the parser recognises. */
  public Snapshot(RateDataset dataset, Places places, CommandRegistry commands) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.answerer = new Answerer(dataset, places, commands);
  }

  /** The dataset every answer of this snapshot comes from. */
  public RateDataset dataset() {
    return dataset;
  }

  /** The commands over {@link #dataset()}. */
  public CommandRegistry commands() {
    return commands;
  }

  Reply answer(Request request) {
    return answerer.answer(request);
  }
}
