package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.Place;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.PlacesSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled GeoNames cities ({@code ratebot/places/cities15000.tsv}, CC BY 4.0; see the
 * README beside it): tab-separated {@code name}, {@code ascii_name}, {@code country}, {@code
 * population}, {@code geonames_id}, with a header line. A fault names the file and the line.
 */
public final class TsvPlacesSource implements PlacesSource {
  /** Where the bundled cities live on the class path. */
  public static final String BUNDLED_RESOURCE = "/ratebot/places/cities15000.tsv";

  private static final String HEADER = "name\tascii_name\tcountry\tpopulation\tgeonames_id";

  private final String name;
  private final Opener opener;

  private TsvPlacesSource(String name, Opener opener) {
    this.name = name;
    this.opener = opener;
  }

  /** The cities bundled in the jar. */
  public static TsvPlacesSource bundled() {
    return new TsvPlacesSource(
        "bundled cities15000.tsv",
        () -> TsvPlacesSource.class.getResourceAsStream(BUNDLED_RESOURCE));
  }

  /** TSV text, for tests; {@code name} stands for the file in messages. */
  public static TsvPlacesSource text(String name, String tsv) {
    return new TsvPlacesSource(
        name, () -> new java.io.ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public Places load() {
    try (InputStream in = opener.open()) {
      if (in == null) {
        throw new DatasetLoadException(name, "line 1", "the file is missing");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String header = reader.readLine();
      if (!HEADER.equals(header)) {
        throw new DatasetLoadException(name, "line 1", "the header is not '" + HEADER + "'");
      }
      List<Place> places = new ArrayList<>(25_000);
      int number = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isEmpty()) {
          places.add(place(line, number));
        }
      }
      return new Places(places);
    } catch (IOException e) {
      throw new DatasetLoadException(name, "", "cannot be read: " + e.getMessage());
    }
  }

  private Place place(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 5) {
      throw new DatasetLoadException(
          name, "line " + number, cells.length + " columns where 5 belong");
    }
    // The ascii_name column is a name only where it has lower-case letters; a few rows hold
    // alternative country codes there instead ("MA", "IL,PS").
    String ascii = cells[1].chars().anyMatch(Character::isLowerCase) ? cells[1] : "";
    try {
      return new Place(cells[0], ascii, cells[2], Long.parseLong(cells[3]));
    } catch (IllegalArgumentException e) {
      throw new DatasetLoadException(name, "line " + number, e.getMessage());
    }
  }

  /** Opens the TSV; may return null for a missing resource. */
  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }
}
