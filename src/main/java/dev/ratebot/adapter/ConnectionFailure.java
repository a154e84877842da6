package dev.ratebot.adapter;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Why a platform could not be reached, in words for a start-up message ("connection refused"),
 * found in an exception's causes. Platform libraries wrap network faults in their own exceptions
 * whose messages read like codes ({@code -1: java.net.ConnectException}).
 */
public final class ConnectionFailure {
  private ConnectionFailure() {}

  /** The network fault behind {@code failure}, in words; empty when it is not a network fault. */
  public static Optional<String> reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof NoRouteToHostException) {
        return Optional.of("no route to host");
      }
      if (t instanceof ConnectException) {
        return Optional.of("connection refused");
      }
      if (t instanceof UnknownHostException) {
        return Optional.of("unknown host " + t.getMessage());
      }
      if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
        return Optional.of("timed out");
      }
      if (t instanceof SSLException) {
        return Optional.of("TLS handshake failed (" + t.getMessage() + ")");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
