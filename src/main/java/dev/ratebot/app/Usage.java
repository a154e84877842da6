package dev.ratebot.app;

/** The {@code --help} text: how to run ratebot and every setting. */
final class Usage {
  private Usage() {}

  static String text() {
    StringBuilder out = new StringBuilder();
    out.append(
        """
        ratebot — what does this developer cost? Contract rate range, top end, full-time cost, sources.

        Usage:
          java -jar target/ratebot.jar                      ask questions at a prompt (console)
          java -jar target/ratebot.jar senior python latam  answer one question and exit
          java -jar target/ratebot.jar --chart FILE senior python latam
                                                            also write its range chart to FILE (PNG)
          java -jar target/ratebot.jar --version            the version
          java -jar target/ratebot.jar --help               this text

        With SLACK_BOT_TOKEN and SLACK_APP_TOKEN set, ratebot answers /rate in Slack; with
        DISCORD_TOKEN set, in Discord; with both, in both at once. It then serves chat instead of
        the console until it is stopped (SIGTERM or Ctrl-C closes the connections cleanly).

        Exit codes: 0 answered (or stopped), 1 internal fault, 2 unanswered question or bad setup.
        Each secret may instead come from a file: SLACK_BOT_TOKEN_FILE and the like.

        Settings (environment variables):
        """);
    for (Setting s : Setting.values()) {
      out.append(
          String.format(
              "  %-30s %s%n  %-30s default: %s%n", s.name(), s.meaning(), "", s.defaultValue()));
    }
    return out.toString().stripTrailing();
  }
}
