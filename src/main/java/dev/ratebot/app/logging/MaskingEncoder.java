package dev.ratebot.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * Wraps any encoder (the text pattern or Logback's {@code JsonEncoder}) and masks secrets in what
 * it produces, so every line is masked the same way whatever its format or source. Configured in
 * {@code logback.xml} with the real encoder nested inside.
 */
public final class MaskingEncoder extends EncoderBase<ILoggingEvent> {
  private Encoder<ILoggingEvent> encoder;

  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  Encoder<ILoggingEvent> encoder() {
    return encoder;
  }

  @Override
  public void start() {
    if (encoder == null) {
      addError("MaskingEncoder needs a nested <encoder>");
      return;
    }
    if (!encoder.isStarted()) {
      encoder.start();
    }
    super.start();
  }

  @Override
  public byte[] headerBytes() {
    return encoder.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    byte[] encoded = encoder.encode(event);
    if (encoded == null) {
      return null;
    }
    String line = new String(encoded, StandardCharsets.UTF_8);
    String masked = LogMask.mask(line);
    return masked.equals(line) ? encoded : masked.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return encoder.footerBytes();
  }
}
