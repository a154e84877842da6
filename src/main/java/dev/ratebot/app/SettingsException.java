package dev.ratebot.app;

/** A setting that cannot be used; the message names the variable, never a secret's value. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
