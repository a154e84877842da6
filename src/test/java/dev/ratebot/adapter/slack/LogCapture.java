package dev.ratebot.adapter.slack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** Captures log events for the length of a test, optionally at a more verbose level. */
final class LogCapture implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Map<Logger, Level> saved = new HashMap<>();

  LogCapture(Level level, String... loggers) {
    for (String name : loggers) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      saved.put(logger, logger.getLevel());
      logger.setLevel(level);
    }
    appender.start();
    root.addAppender(appender);
  }

  /** Each event as one string: level, message, and stack trace if any. */
  List<String> lines() {
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = new ArrayList<>(appender.list);
    }
    return events.stream()
        .map(
            e ->
                e.getLevel()
                    + " "
                    + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    saved.forEach(Logger::setLevel);
  }
}
