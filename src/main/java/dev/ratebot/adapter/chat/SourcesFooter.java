package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Citation;
import java.util.List;
import java.util.Objects;

/**
 * The footer of an answer: its sources, the data vintage and the dataset version.
 *
 * @param vintage e.g. "2023"
 * @param dataVersion a short content hash, e.g. "1a2b3c4d"; may be empty
 * @param citations the sources of every figure shown
 */
public record SourcesFooter(String vintage, String dataVersion, List<Citation> citations) {
  public SourcesFooter {
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(dataVersion, "dataVersion");
    citations = List.copyOf(citations);
  }

  /** The footer of an answer. */
  public static SourcesFooter of(Answer answer) {
    return new SourcesFooter(answer.vintage(), answer.dataVersion(), answer.sources());
  }

  /** What follows the vintage: ", version 1a2b3c4d", or nothing when the version is unknown. */
  public String versionSuffix() {
    return dataVersion.isEmpty() ? "" : ", version " + dataVersion;
  }
}
