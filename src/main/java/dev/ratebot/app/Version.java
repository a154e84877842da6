package dev.ratebot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** ratebot's version, written into {@code ratebot/version.properties} by the build. */
final class Version {
  private static final String RESOURCE = "/ratebot/version.properties";

  private Version() {}

  /** The version, e.g. {@code 0.1.0}; a build always fills it in. */
  static String number() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: this build is incomplete");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** The line {@code --version} prints: ratebot's version and the Java it runs on. */
  static String line() {
    return "ratebot " + number() + " (Java " + Runtime.version() + ")";
  }
}
