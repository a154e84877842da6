package dev.ratebot.adapter.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file of a dataset, as named: its format (by its name: {@code .json} or {@code .csv}) and its
 * bytes. Only a regular, readable, non-empty file of at most {@link #MAX_BYTES} is read; anything
 * else (missing, a directory, a FIFO or device, unreadable, too large) is refused before it is
 * opened, so a FIFO never blocks start-up.
 */
final class DatasetFile {
  /** The word that names the bundled dataset among the files. */
  static final String BUNDLED = "bundled";

  /** Where the bundled copy of {@code config/rates.json} lives on the class path. */
  static final String BUNDLED_RESOURCE = "/ratebot/rates.json";

  /** The largest file read: 100 MiB. */
  static final long MAX_BYTES = 100L * 1024 * 1024;

  enum Format {
    JSON,
    CSV
  }

  private final String name;
  private final Format format;
  private final Contents contents;
  private final boolean onDisk;

  private DatasetFile(String name, Format format, Contents contents) {
    this(name, format, contents, false);
  }

  private DatasetFile(String name, Format format, Contents contents, boolean onDisk) {
    this.name = name;
    this.format = format;
    this.contents = contents;
    this.onDisk = onDisk;
  }

  /** The dataset bundled in the jar. */
  static DatasetFile bundled() {
    return new DatasetFile(
        "bundled rates.json",
        Format.JSON,
        () -> {
          try (InputStream in = DatasetFile.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
              throw ofFile("bundled rates.json", "missing from the class path");
            }
            return in.readAllBytes();
          }
        });
  }

  /** A file on disk. */
  static DatasetFile path(Path path) {
    return new DatasetFile(path.toString(), null, () -> readRegularFile(path), true);
  }

  /** Text standing for a file called {@code name}, for tests. */
  static DatasetFile text(String name, String text) {
    return new DatasetFile(name, null, () -> text.getBytes(StandardCharsets.UTF_8));
  }

  /** The same file read as JSON whatever its name. */
  DatasetFile asJson() {
    return new DatasetFile(name, Format.JSON, contents, onDisk);
  }

  /** Whether it is a file on disk, which may change; the bundled copy never does. */
  boolean onDisk() {
    return onDisk;
  }

  /**
   * What the file holds now, for telling a change: its bytes, or a one-word state when it cannot be
   * read (missing, empty); never throws.
   */
  byte[] fingerprint() {
    try {
      return contents.read();
    } catch (IOException | RuntimeException e) {
      return ("unreadable " + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The file as it was named. */
  String name() {
    return name;
  }

  /** Its format, by its name; the bundled dataset is JSON. */
  Format format() {
    if (format != null) {
      return format;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Format.CSV;
    }
    if (lower.endsWith(".json")) {
      return Format.JSON;
    }
    throw ofFile(name, "neither .json nor .csv: name the file by its format");
  }

  /** Its bytes; never empty. */
  byte[] read() {
    byte[] bytes;
    try {
      bytes = contents.read();
    } catch (NoSuchFileException e) {
      throw ofFile(name, "file not found");
    } catch (AccessDeniedException e) {
      throw ofFile(name, "cannot be read: permission denied");
    } catch (IOException e) {
      throw ofFile(name, "cannot be read: " + e.getMessage());
    }
    if (bytes.length == 0) {
      throw ofFile(name, "the file is empty");
    }
    return bytes;
  }

  private static byte[] readRegularFile(Path path) throws IOException {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new NoSuchFileException(name);
    }
    if (Files.isDirectory(path)) {
      throw ofFile(name, "is a directory, not a file");
    }
    if (!Files.isRegularFile(path)) {
      throw ofFile(name, "is not a regular file (a FIFO, socket or device?): name a file");
    }
    if (!Files.isReadable(path)) {
      throw new AccessDeniedException(name);
    }
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw ofFile(
          name,
          String.format(
              Locale.ROOT,
              "is %,d bytes; a dataset file may be at most %d MiB (%,d bytes)",
              size,
              MAX_BYTES >> 20,
              MAX_BYTES));
    }
    return Files.readAllBytes(path);
  }

  private static DatasetLoadException ofFile(String file, String fault) {
    return DatasetLoadException.ofFile(file, fault);
  }

  @FunctionalInterface
  private interface Contents {
    byte[] read() throws IOException;
  }
}
