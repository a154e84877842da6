package dev.ratebot.app;

import java.nio.file.Path;

/** The real main in a JVM of its own, as the end-to-end tests of the whole process start it. */
final class MainProcess {
  private MainProcess() {}

  /**
   * A process running {@link Main} on the tests' class path with the production logging
   * configuration (not the tests' logback-test.xml), its output and errors written to {@code log},
   * and no Slack or Discord setting inherited from the environment.
   */
  static ProcessBuilder builder(Path log) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlogback.configurationFile="
                    + Path.of(Main.class.getResource("/logback.xml").toURI()),
                "dev.ratebot.app.Main")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    return builder;
  }
}
