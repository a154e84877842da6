package dev.ratebot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import dev.ratebot.adapter.dataset.DatasetFiles;
import dev.ratebot.adapter.dataset.DatasetLoadException;
import dev.ratebot.core.rates.RateDataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generates 50 MB datasets (JSON and CSV) and times loading them, valid and refused, in a fresh
 * JVM. Not a test: run with scripts/bench-dataset.sh; results in docs/PERFORMANCE.md.
 *
 * <p>The bundled taxonomy allows only 75 cells per table, so the files use a generated taxonomy of
 * {@link #TECHNOLOGIES} technologies: {@code big.json} is the bundled article plus that taxonomy
 * and one FIGURES table of a row per technology, level and region (450,000 rows); {@code
 * taxonomy.json} is the same with one technology's rows only (2 MB), so that {@code big.csv}, a
 * reference card over that taxonomy with a row per technology, level, region and period (1,350,000
 * rows), is timed nearly on its own. The refused variants differ only in their last row. Each case
 * is timed in wall-clock and process CPU milliseconds (CPU includes GC and JIT threads and varies
 * less than wall time on a shared machine).
 */
public final class DatasetLoadBenchmark {
  static final int TECHNOLOGIES = 30_000;
  private static final String[] LEVELS = {"entry", "mid", "senior"};
  private static final String[] REGIONS = {
    "", "north-america", "latin-america", "western-europe", "central-europe"
  };

  private DatasetLoadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/dataset");
    Files.createDirectories(dir);
    Path json = dir.resolve("big.json");
    Path taxonomy = dir.resolve("taxonomy.json");
    Path badJson = dir.resolve("big-absurd-last-row.json");
    Path csv = dir.resolve("big.csv");
    Path badCsv = dir.resolve("big-same-cell-last-row.csv");
    writeJson(json, false, true);
    writeJson(badJson, true, true);
    writeJson(taxonomy, false, false);
    writeCsv(csv, false);
    writeCsv(badCsv, true);
    for (Path file : List.of(json, badJson, taxonomy, csv, badCsv)) {
      System.out.printf(Locale.ROOT, "%-32s %,12d bytes%n", file.getFileName(), Files.size(file));
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    time("big.json", List.of(json.toString()), runs);
    time("big-absurd-last-row.json (refused)", List.of(badJson.toString()), runs);
    time("taxonomy.json:big.csv", List.of(taxonomy.toString(), csv.toString()), runs);
    time(
        "taxonomy.json:big-same-cell-last-row.csv (refused)",
        List.of(taxonomy.toString(), badCsv.toString()),
        runs);
    time("big.json:big.csv", List.of(json.toString(), csv.toString()), runs);
  }

  private static void time(String label, List<String> files, int runs) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    StringBuilder times = new StringBuilder();
    StringBuilder cpu = new StringBuilder();
    String outcome = "";
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      try {
        RateDataset dataset = DatasetFiles.of(files).load();
        outcome =
            "loaded: "
                + dataset.sources().stream()
                    .mapToInt(s -> s.tables().stream().mapToInt(t -> t.rows().size()).sum())
                    .sum()
                + " rows";
      } catch (DatasetLoadException e) {
        outcome = "refused: " + e.getMessage().replace(files.get(0), "…");
      }
      times.append(String.format(Locale.ROOT, " %,d", (System.nanoTime() - start) / 1_000_000));
      cpu.append(
          String.format(Locale.ROOT, " %,d", (os.getProcessCpuTime() - cpuStart) / 1_000_000));
      System.gc();
    }
    System.out.printf(
        Locale.ROOT, "%-50s wall ms:%s; cpu ms:%s (%s)%n", label, times, cpu, outcome);
  }

  private static void writeJson(Path file, boolean absurdLastRow, boolean withRows)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(Path.of("config/rates.json").toFile());
    ObjectNode source = (ObjectNode) root.get("source");
    ArrayNode technologies = (ArrayNode) root.get("taxonomy").get("technologies");
    for (int t = 0; t < TECHNOLOGIES; t++) {
      ObjectNode tech = technologies.addObject().put("id", techId(t)).put("label", "Tech " + t);
      tech.putArray("aliases").add("tk" + t);
    }
    ObjectNode table =
        ((ArrayNode) source.get("tables"))
            .addObject()
            .put("id", "figures-by-technology")
            .put("title", "Generated figures by technology")
            .put("kind", "FIGURES")
            .put("rateType", "CONTRACT_RATE")
            .put("period", "HOUR");
    table.putArray("origins").add("payscale");
    table.putArray("rows");
    // The rows are written by hand after the rest: a tree of 450,000 rows would dwarf the file.
    String head = mapper.writeValueAsString(root);
    String marker = "\"rows\":[]}]";
    int at = head.lastIndexOf(marker);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(head, 0, at + "\"rows\":[".length());
      boolean first = true;
      for (int t = 0; t < (withRows ? TECHNOLOGIES : 1); t++) {
        for (int l = 0; l < LEVELS.length; l++) {
          for (String region : REGIONS) {
            boolean last =
                t == TECHNOLOGIES - 1 && l == LEVELS.length - 1 && region.equals("central-europe");
            int low = 20 + l * 10 + t % 7;
            int high = absurdLastRow && last ? 99_999 : low + 15;
            out.write(first ? "" : ",");
            first = false;
            out.write("{\"technology\":\"" + techId(t) + "\",\"level\":\"" + LEVELS[l] + "\"");
            if (!region.isEmpty()) {
              out.write(",\"region\":\"" + region + "\"");
            }
            out.write(",\"low\":" + low + ",\"high\":" + high);
            out.write(",\"quote\":\"generated row " + t + "/" + l + "/" + region + "\"}");
          }
        }
      }
      out.write(head.substring(at + "\"rows\":[".length()));
    }
  }

  private static void writeCsv(Path file, boolean sameCellLastRow) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          """
          # source: big-card
          # name: Generated rate card
          # vintage: 2026
          # currency: EUR
          # rate_type: contract_rate
          level,technology,region,low,high,period,note
          """);
      String[] periods = {"hour", "month", "year"};
      int[] scale = {1, 160, 1_900};
      for (int p = 0; p < periods.length; p++) {
        for (int t = 0; t < TECHNOLOGIES; t++) {
          for (int l = 0; l < LEVELS.length; l++) {
            for (String region : REGIONS) {
              int low = (20 + l * 10 + t % 7) * scale[p];
              out.write(
                  LEVELS[l] + ",tk" + t + "," + region + "," + low + "," + (low + 15 * scale[p]));
              out.write("," + periods[p] + ",\n");
            }
          }
        }
      }
      if (sameCellLastRow) {
        out.write("senior,tk0,central-europe,40,50,hour,stated twice\n");
      }
    }
  }

  private static String techId(int t) {
    return "tech-" + t;
  }
}
