package dev.ratebot.adapter.ops;

import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the dispatcher: times each request, reports it to a {@link CommandMeter}, and logs one INFO
 * line with platform, command, outcome and latency, never the user's text. The command is the word
 * the text starts with when it is a registered command word or alias, {@code help} for a blank
 * request, and otherwise the default command (a rate question), so the label set stays small.
 */
public final class MeteredHandler implements RequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(MeteredHandler.class);

  private final RequestHandler delegate;
  private final CommandMeter meter;
  private final Map<String, String> words;
  private final String defaultWord;
  private final String helpWord;

  public MeteredHandler(RequestHandler delegate, CommandRegistry commands, CommandMeter meter) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.meter = Objects.requireNonNull(meter, "meter");
    this.words = commands.words();
    this.defaultWord = commands.defaultCommand().definition().word();
    this.helpWord = commands.help().definition().word();
  }

  @Override
  public Reply handle(Request request) {
    long start = System.nanoTime();
    Reply reply = delegate.handle(request);
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    String command = command(request);
    Outcome outcome = Outcome.of(reply);
    meter.answered(request.platform(), command, outcome, latency);
    LOG.atInfo()
        .setMessage("answered {} {}: {} in {} ms")
        .addArgument(() -> platform(request.platform()))
        .addArgument(command)
        .addArgument(outcome::label)
        .addArgument(latency::toMillis)
        .addKeyValue("platform", platform(request.platform()))
        .addKeyValue("command", command)
        .addKeyValue("outcome", outcome.label())
        .addKeyValue("latency_ms", latency.toMillis())
        .log();
    return reply;
  }

  String command(Request request) {
    String text = request.text().strip();
    if (text.isEmpty()) {
      return request.options().isEmpty() ? helpWord : defaultWord;
    }
    String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return words.getOrDefault(first, defaultWord);
  }

  static String platform(Platform platform) {
    return platform.name().toLowerCase(Locale.ROOT);
  }
}
