package dev.ratebot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's rules, checked without a Docker engine: pinned base images, dependencies in
 * their own layer, no test run in the build, a non-root user, container JVM flags, an exec-form
 * ENTRYPOINT, and a HEALTHCHECK that works (run here with bash against a local {@code /healthz}).
 */
class DockerfileTest {
  private static final Pattern PINNED =
      Pattern.compile("[a-z0-9./-]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}( AS [a-z]+)?");

  private final List<Instruction> instructions = Instruction.parse(Path.of("Dockerfile"));

  @Test
  void everyBaseImageIsPinnedByTagAndDigest() {
    List<String> bases = arguments("FROM");

    assertThat(bases).hasSize(2).allMatch(base -> PINNED.matcher(base).matches());
  }

  @Test
  void dependenciesAreFetchedBeforeTheSourcesAreCopied() {
    int goOffline = indexOf("RUN", "dependency:go-offline");
    int sources = indexOf("COPY", "src/");

    assertThat(goOffline).isPositive().isLessThan(sources);
    for (Instruction copy : instructions.subList(0, goOffline)) {
      if (copy.keyword().equals("COPY")) {
        assertThat(copy.arguments()).doesNotContain("src").doesNotContain(". .");
      }
    }
  }

  @Test
  void theBuildPackagesWithoutRunningTheTests() {
    List<String> builds =
        arguments("RUN").stream()
            .filter(run -> run.contains("mvnw") || run.contains("mvn "))
            .toList();

    assertThat(builds).anyMatch(run -> run.contains(" package") && run.contains("-DskipTests"));
    assertThat(builds)
        .noneMatch(
            run -> run.contains(".ci/run") || run.contains(" verify") || run.contains(" test"));
    assertThat(String.join("\n", arguments("RUN"))).doesNotContain(".ci/run");
  }

  @Test
  void theImageRunsAsANonRootUser() {
    List<String> users = finalStage("USER");

    assertThat(users).isNotEmpty();
    assertThat(users.get(users.size() - 1)).doesNotMatch("(root|0)(:.*)?");
  }

  @Test
  void theEntrypointIsExecFormWithContainerMemoryFlags() throws IOException {
    List<String> entrypoint = entrypoint(instructions);

    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(entrypoint)
        .anyMatch(arg -> arg.matches("-XX:MaxRAMPercentage=[0-9.]+"))
        .contains("-XX:+ExitOnOutOfMemoryError")
        .containsSequence("-jar", "/app/ratebot.jar");
  }

  @Test
  void theImageHasFontsForHeadlessCharts() {
    assertThat(String.join("\n", finalStage("RUN"))).contains("fontconfig").contains("fonts-");
  }

  @Test
  void theHealthcheckPassesOnlyWhenHealthzAnswers200() throws Exception {
    List<String> probe = healthcheck();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int[] status = {200};
    server.createContext(
        "/healthz",
        exchange -> {
          exchange.sendResponseHeaders(status[0], -1);
          exchange.close();
        });
    server.start();
    try {
      int port = server.getAddress().getPort();

      int healthy = run(probe, port);
      status[0] = 503;
      int failing = run(probe, port);
      int down = run(probe, closedPort());

      assertThat(healthy).isZero();
      assertThat(failing).isNotZero();
      assertThat(down).isNotZero();
    } finally {
      server.stop(0);
    }
  }

  private List<String> healthcheck() throws IOException {
    List<String> healthchecks = finalStage("HEALTHCHECK");
    assertThat(healthchecks).hasSize(1);
    String check = healthchecks.get(0);
    assertThat(check).contains("--timeout=").contains(" CMD [");
    return new ObjectMapper()
        .readValue(check.substring(check.indexOf(" CMD ") + 5), new TypeReference<>() {});
  }

  /** The ENTRYPOINT's exec-form array; fails when it is in shell form. */
  static List<String> entrypoint(List<Instruction> instructions) throws IOException {
    List<String> entrypoints =
        instructions.stream()
            .filter(i -> i.keyword().equals("ENTRYPOINT"))
            .map(Instruction::arguments)
            .toList();
    assertThat(entrypoints).hasSize(1);
    assertThat(entrypoints.get(0)).as("exec form").startsWith("[").endsWith("]");
    return new ObjectMapper().readValue(entrypoints.get(0), new TypeReference<>() {});
  }

  private static int run(List<String> probe, int port) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(probe).redirectErrorStream(true);
    builder.environment().put("RATEBOT_HTTP_PORT", String.valueOf(port));
    Process process = builder.start();
    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the probe ends").isTrue();
    return process.exitValue();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private List<String> arguments(String keyword) {
    return instructions.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }

  private List<String> finalStage(String keyword) {
    int lastFrom = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).keyword().equals("FROM")) {
        lastFrom = i;
      }
    }
    return instructions.subList(lastFrom, instructions.size()).stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }

  private int indexOf(String keyword, String containing) {
    for (int i = 0; i < instructions.size(); i++) {
      Instruction instruction = instructions.get(i);
      if (instruction.keyword().equals(keyword) && instruction.arguments().contains(containing)) {
        return i;
      }
    }
    return -1;
  }

  /** One Dockerfile instruction, its continuation lines joined and comments dropped. */
  record Instruction(String keyword, String arguments) {
    static List<Instruction> parse(Path dockerfile) {
      List<String> lines;
      try {
        lines = Files.readAllLines(dockerfile);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      List<Instruction> instructions = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : lines) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#") || trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.endsWith("\\")) {
          current.append(trimmed, 0, trimmed.length() - 1).append(' ');
          continue;
        }
        current.append(trimmed);
        String[] parts = current.toString().split("\\s+", 2);
        instructions.add(new Instruction(parts[0], parts.length > 1 ? parts[1].strip() : ""));
        current.setLength(0);
      }
      return instructions;
    }
  }
}
