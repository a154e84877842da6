package dev.ratebot.app.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;

/**
 * Gives {@code logback.xml} the log format, {@code json} when {@code RATEBOT_LOG_FORMAT} is {@code
 * json} (any case), else {@code text}; the configuration includes {@code
 * ratebot/logback-<format>.xml}. A property definer rather than Logback's {@code <if>}, which needs
 * Janino. The value is read from the logging context first (tests set it there), then from the
 * environment; start-up has already refused any other value.
 */
public final class LogFormatDefiner extends PropertyDefinerBase {
  public static final String VARIABLE = "RATEBOT_LOG_FORMAT";

  @Override
  public String getPropertyValue() {
    String raw = getContext() == null ? null : getContext().getProperty(VARIABLE);
    if (raw == null) {
      raw = System.getenv(VARIABLE);
    }
    return raw != null && raw.strip().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
  }
}
