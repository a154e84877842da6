package dev.ratebot.adapter.fx;

import dev.ratebot.core.fx.ExchangeRates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The ECB's reference rates of one day, bundled in the jar ({@code config/} in the source tree,
 * with its provenance): the rates used until a fetch succeeds, and always when fetching is off.
 */
public final class EcbSnapshot {
  /** The bundled file's name, the ECB's {@code eurofxref.csv} of its date. */
  public static final String FILE = "eurofxref-2026-04-13.csv";

  /** Where the build puts it on the class path. */
  static final String RESOURCE = "/ratebot/" + FILE;

  /** The source named by the bundled rates. */
  static final String SOURCE = "ECB euro reference rates (bundled " + FILE + ")";

  private EcbSnapshot() {}

  /**
   * The bundled rates, read once.
   *
   * @throws IllegalStateException when the file is missing from the class path or unreadable (a
   *     broken build, not a setting)
   */
  public static ExchangeRates rates() {
    return Holder.RATES;
  }

  static ExchangeRates read() {
    try (InputStream in = EcbSnapshot.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return EcbCsvParser.parse(in.readAllBytes(), SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final ExchangeRates RATES = read();
  }
}
