package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateDatasetSource;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.SourceLocation;
import dev.ratebot.core.rates.Taxonomy;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset made of several files, in order: JSON in the bundled shape (one source, optionally a
 * taxonomy) or CSV of your own rates; the word {@code bundled} names the bundled article. Rules:
 *
 * <ul>
 *   <li>The taxonomy is that of the first JSON file that carries one, else the bundled article's. A
 *       later file may carry a taxonomy only if it is the same one.
 *   <li>Source ids are unique across files. At least one source is a market source (CSV sources are
 *       reference sources).
 *   <li>The version is the first eight hex digits of the SHA-256 of all files' contents, one after
 *       the other, in order: with one file, the hash of that file.
 * </ul>
 *
 * Every refusal is one {@link DatasetLoadException} naming the file, the place in the file's own
 * terms and the fault.
 */
public final class DatasetFiles implements RateDatasetSource {
  /** The word that names the bundled article among the files. */
  public static final String BUNDLED = DatasetFile.BUNDLED;

  private final List<DatasetFile> files;

  DatasetFiles(List<DatasetFile> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a dataset needs at least one file");
    }
    this.files = List.copyOf(files);
  }

  /** The bundled article alone. */
  public static DatasetFiles bundled() {
    return new DatasetFiles(List.of(DatasetFile.bundled()));
  }

  /** Files named as in {@code RATEBOT_DATA}: each a path, or the word {@code bundled}. */
  public static DatasetFiles of(List<String> names) {
    List<DatasetFile> files = new ArrayList<>();
    for (String name : names) {
      if (name.equals(BUNDLED)) {
        files.add(DatasetFile.bundled());
        continue;
      }
      try {
        files.add(DatasetFile.path(Path.of(name)));
      } catch (InvalidPathException e) {
        throw DatasetLoadException.ofFile(name, "not a valid path: " + e.getReason());
      }
    }
    return new DatasetFiles(files);
  }

  /** Whether any file is on disk, where it may change; the bundled article never does. */
  public boolean onDisk() {
    return files.stream().anyMatch(DatasetFile::onDisk);
  }

  /**
   * A hash of what the files on disk hold now, to tell a change without parsing: a missing or
   * unreadable file hashes as such, so its return is a change too. Never throws.
   */
  public String fingerprint() {
    MessageDigest digest = sha256();
    for (DatasetFile file : files) {
      if (file.onDisk()) {
        digest.update(file.fingerprint());
        digest.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public RateDataset load() {
    MessageDigest digest = sha256();
    List<SourceFile> parsed = new ArrayList<>();
    for (DatasetFile file : files) {
      byte[] bytes = file.read();
      digest.update(bytes);
      parsed.add(parse(file, bytes));
    }
    Taxonomy taxonomy = taxonomy(parsed);
    Map<String, SourceFile> owners = new HashMap<>();
    List<RateSource> sources = new ArrayList<>();
    for (SourceFile file : parsed) {
      RateSource source = file.source(taxonomy);
      SourceFile before = owners.putIfAbsent(source.id(), file);
      if (before != null) {
        throw file.refuse(
            new InvalidDatasetException(
                SourceLocation.of(source.id()).field("id"),
                "the source id '"
                    + source.id()
                    + "' is also used by "
                    + before.name()
                    + ": each source needs its own id"));
      }
      sources.add(source);
    }
    String version = HexFormat.of().formatHex(digest.digest(), 0, 4);
    try {
      return new RateDataset(taxonomy, sources, version);
    } catch (InvalidDatasetException e) {
      if (e.at().isPresent() && owners.containsKey(e.at().get().source())) {
        throw owners.get(e.at().get().source()).refuse(e);
      }
      throw new DatasetLoadException(names(), e.location(), datasetFault(e, parsed));
    }
  }

  private static SourceFile parse(DatasetFile file, byte[] bytes) {
    try {
      return switch (file.format()) {
        case JSON -> JsonSourceFile.parse(file.name(), bytes);
        case CSV -> CsvSourceFile.parse(file.name(), bytes);
      };
    } catch (IllegalArgumentException e) {
      throw DatasetLoadException.ofFile(file.name(), e.getMessage());
    }
  }

  private static Taxonomy taxonomy(List<SourceFile> parsed) {
    Taxonomy taxonomy = null;
    String owner = null;
    for (SourceFile file : parsed) {
      Optional<Taxonomy> carried = file.taxonomy();
      if (carried.isEmpty()) {
        continue;
      }
      if (taxonomy == null) {
        taxonomy = carried.get();
        owner = file.name();
      } else if (!taxonomy.equals(carried.get())) {
        throw new DatasetLoadException(
            file.name(),
            "$.taxonomy",
            "differs from the taxonomy of "
                + owner
                + ", the first file with one, which is the one used: leave the taxonomy out of"
                + " this file, or use a copy of it in place of the other (one taxonomy per"
                + " dataset)");
      }
    }
    if (taxonomy != null) {
      return taxonomy;
    }
    DatasetFile bundled = DatasetFile.bundled();
    return JsonSourceFile.parse(bundled.name(), bundled.read()).taxonomy().orElseThrow();
  }

  private String names() {
    return String.join(File.pathSeparator, files.stream().map(DatasetFile::name).toList());
  }

  private String datasetFault(InvalidDatasetException e, List<SourceFile> parsed) {
    if (!e.location().equals("sources")) {
      return e.fault();
    }
    String fix =
        "name the bundled article too ("
            + DatasetFile.BUNDLED
            + File.pathSeparator
            + names()
            + ") or a JSON file with a market source";
    return parsed.stream().allMatch(f -> f instanceof CsvSourceFile)
        ? "no market source to estimate from: a CSV file is a reference source, shown beside"
            + " estimates; "
            + fix
        : e.fault() + "; " + fix;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
