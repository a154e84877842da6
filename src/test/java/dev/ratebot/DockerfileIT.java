package dev.ratebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The image's command line, run here without Docker: the {@code java} command of the Dockerfile's
 * ENTRYPOINT, flags and all, against the jar the build just made.
 */
class DockerfileIT {
  @Test
  void theEntrypointPrintsTheVersion() throws Exception {
    Result result = run("--version");

    assertThat(result.exit()).isZero();
    assertThat(result.output()).startsWith("ratebot ").doesNotContain("${");
  }

  @Test
  void theEntrypointAnswersAOneShotQuestion() throws Exception {
    Result result = run("senior", "python", "latam");

    assertThat(result.exit()).isZero();
    assertThat(result.output()).contains("Latin America");
  }

  private record Result(int exit, String output) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    for (String word :
        DockerfileTest.entrypoint(DockerfileTest.Instruction.parse(Path.of("Dockerfile")))) {
      command.add(
          switch (word) {
            case "java" -> Path.of(System.getProperty("java.home"), "bin", "java").toString();
            case "/app/ratebot.jar" -> PackagedJarIT.JAR.toAbsolutePath().toString();
            default -> word;
          });
    }
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits").isTrue();
    return new Result(process.exitValue(), output);
  }
}
