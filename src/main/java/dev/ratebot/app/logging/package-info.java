/**
 * Logback plumbing chosen from {@code logback.xml}: the appender for {@code RATEBOT_LOG_FORMAT},
 * and the encoder wrapper that masks secrets in every line, text or JSON, whoever logged it.
 */
package dev.ratebot.app.logging;
