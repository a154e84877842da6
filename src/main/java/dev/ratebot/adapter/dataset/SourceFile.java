package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.Taxonomy;
import java.util.Optional;

/**
 * One dataset file, parsed: the taxonomy it carries (if any), its one source, and how to name a
 * place in it in its own terms. Faults found while reading it are {@link DatasetLoadException}s
 * that already name the file and the place.
 */
interface SourceFile {
  /** The file, as it was named. */
  String name();

  /** The taxonomy the file carries, if it carries one. */
  Optional<Taxonomy> taxonomy();

  /** Its source, with its terms resolved against the dataset's taxonomy. */
  RateSource source(Taxonomy taxonomy);

  /** The place of a fault the domain found in this file's source, in the file's own terms. */
  String render(InvalidDatasetException fault);

  /** The fault as the one line start-up prints. */
  default DatasetLoadException refuse(InvalidDatasetException fault) {
    return new DatasetLoadException(name(), render(fault), fault.fault());
  }
}
