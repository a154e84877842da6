package dev.ratebot.app;

import dev.ratebot.adapter.fx.EcbRates;

/**
 * Every setting ratebot reads from the environment, with its default and meaning. The {@code
 * --help} text and the README's settings table are both checked against this list.
 */
public enum Setting {
  RATEBOT_DATA(
      "bundled",
      "Dataset files, separated by ':' (';' on Windows): JSON in the bundled shape or CSV of your"
          + " own rates; the word bundled names the bundled config/rates.json, e.g."
          + " bundled:/etc/ratebot/our-bands.csv."),
  RATEBOT_DATA_POLL_SECONDS(
      "10 serving chat, else 0",
      "How often the dataset files on disk are checked for changes; a change that holds for two"
          + " checks is validated and swapped in, an invalid one is logged and the data before it"
          + " keeps serving. 0 turns checking off."),
  RATEBOT_ADMINS(
      "none",
      "Users who may run /rate admin status and /rate admin reload, platform-qualified and"
          + " comma-separated, e.g. slack:U123ABC,discord:80351110224678912. The console's user"
          + " always may."),
  RATEBOT_HOURS_PER_YEAR(
      "2080", "Working hours a year for hourly ⇄ monthly/annual equivalents (40 h × 52 weeks)."),
  RATEBOT_RATE_LIMIT_BURST("20", "Questions one user may ask back to back."),
  RATEBOT_RATE_LIMIT_PER_MINUTE("30", "Questions per minute one user may ask after the burst."),
  RATEBOT_CURRENCY(
      "USD",
      "Currency answers convert into: EUR or one the European Central Bank publishes reference"
          + " rates for (USD, GBP, PLN, BRL, …); an unknown one stops start-up, naming them."),
  RATEBOT_FX_URL(
      EcbRates.DAILY.toString(),
      "The ECB's daily euro reference rates, fetched at start and every 6 hours while serving chat"
          + " or a prompt (never for a one-shot question); none turns fetching off. Until a fetch"
          + " succeeds, and when one fails, the bundled snapshot (or the last rates fetched) is"
          + " used."),
  RATEBOT_LOG_LEVEL(
      "INFO",
      "Log level (ERROR, WARN, INFO, DEBUG, TRACE; any other stops start-up); logs go to standard"
          + " error. At DEBUG a start-up failure also prints its stack trace."),
  RATEBOT_LOG_FORMAT(
      "text",
      "Log format: text (one line per event, ISO-8601 UTC time) or json (one JSON object a line,"
          + " Logback's JsonEncoder). Secrets are masked in both."),
  RATEBOT_HTTP_PORT(
      "8080",
      "Port of the ops endpoint (/healthz, /readyz, /metrics) while serving chat; 0 turns it off."
          + " Never opened for the console."),
  RATEBOT_HTTP_BIND(
      "127.0.0.1",
      "Address the ops endpoint listens on: an IP address; 0.0.0.0 for all interfaces (containers)."),
  SLACK_BOT_TOKEN(
      "unset",
      "Slack bot token (xoxb-…). With SLACK_APP_TOKEN, starts the Slack adapter; setting only one"
          + " of the two stops start-up."),
  SLACK_APP_TOKEN(
      "unset", "Slack app-level token (xapp-…) with connections:write, for Socket Mode."),
  SLACK_BOT_TOKEN_FILE(
      "unset",
      "A file holding SLACK_BOT_TOKEN (a Docker or Kubernetes secret); a trailing line break is"
          + " dropped. Setting both SLACK_BOT_TOKEN and this stops start-up."),
  SLACK_APP_TOKEN_FILE(
      "unset",
      "A file holding SLACK_APP_TOKEN; a trailing line break is dropped. Setting both stops"
          + " start-up."),
  SLACK_API_URL(
      "https://slack.com/api/",
      "Slack Web API base, also used for apps.connections.open (GovSlack, a proxy, tests)."),
  DISCORD_TOKEN("unset", "Discord bot token. When set, starts the Discord adapter; never logged."),
  DISCORD_TOKEN_FILE(
      "unset",
      "A file holding DISCORD_TOKEN; a trailing line break is dropped. Setting both stops"
          + " start-up."),
  DISCORD_API_URL(
      "https://discord.com/api/v10/",
      "Discord REST base (a REST proxy such as nirn-proxy, tests)."),
  DISCORD_GATEWAY_URL(
      "wss://gateway.discord.gg",
      "Discord gateway address (a gateway proxy, tests); JDA adds the version and encoding."),
  DISCORD_GUILD_ID(
      "unset",
      "Register /rate in this one server (instant updates while testing) instead of globally.");

  private final String defaultValue;
  private final String meaning;

  Setting(String defaultValue, String meaning) {
    this.defaultValue = defaultValue;
    this.meaning = meaning;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String meaning() {
    return meaning;
  }
}
