package dev.ratebot.core.command;

import dev.ratebot.core.rates.DatasetStatus;
import java.util.Map;

/** What the admin commands need from the running bot; the app provides it. */
public interface AdminPort {
  /** Whether a caller ("slack:U123", opaque here) may run admin commands. */
  boolean allows(String caller);

  /** Told of a refused caller, so that the refusal is logged (the id, never the text). */
  void refused(String caller);

  /** Facts about the running bot, in order: version, uptime, connections, counts. */
  Map<String, String> facts();

  /** The dataset serving now. */
  DatasetStatus dataset();

  /** Loads the dataset files now, swapping them in if valid; the status after the attempt. */
  DatasetStatus reload();
}
