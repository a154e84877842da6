package dev.ratebot.adapter.fx;

import dev.ratebot.core.fx.ExchangeRates;
import dev.ratebot.core.fx.ExchangeRatesSource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ECB's euro reference rates: the bundled snapshot at first, replaced by the ECB's daily file
 * once {@link #start() started} with a URL. Fetches run on one daemon thread, {@value #THREAD}, at
 * start and then every {@link #EVERY}; {@link #current()} never waits for them. A fetch that fails
 * (an HTTP error, a timeout, an answer over {@link #MAX_BYTES} bytes, a file that is not the ECB's
 * XML) keeps the rates in use and logs one line naming only the URL's scheme and host.
 */
public final class EcbRates implements ExchangeRatesSource, AutoCloseable {
  /** The ECB's daily reference-rate file. */
  public static final URI DAILY =
      URI.create("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml");

  /**
   * How often the file is fetched after start: the ECB publishes around 16:00 CET on working days,
   * so rates are at most six hours behind it, for four requests of about 2 kB a day.
   */
  static final Duration EVERY = Duration.ofHours(6);

  /** The longest a fetch may take, connecting and reading included. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The largest answer read; the daily file is about 2 kB. */
  static final long MAX_BYTES = 1024 * 1024;

  /** The name of the fetching thread. */
  static final String THREAD = "ratebot-fx";

  private final Supplier<ExchangeRates> initial;
  private final AtomicReference<ExchangeRates> current = new AtomicReference<>();
  private final Optional<URI> url;
  private final Duration timeout;
  private final Duration every;
  private final Semaphore refreshed = new Semaphore(0);
  private final Object clientLock = new Object();
  private ScheduledExecutorService scheduler;
  private boolean closed;
  private HttpClient client;

  EcbRates(Supplier<ExchangeRates> initial, Optional<URI> url, Duration timeout, Duration every) {
    this.initial = initial;
    this.url = url;
    this.timeout = timeout;
    this.every = every;
  }

  /** The bundled snapshot alone; {@link #start()} does nothing. */
  public static EcbRates bundled() {
    return new EcbRates(EcbSnapshot::rates, Optional.empty(), TIMEOUT, EVERY);
  }

  /**
   * The bundled snapshot, refreshed from {@code url} (an http or https URL of a file in the shape
   * of {@link #DAILY}) once {@link #start() started}. User information in the URL is sent as HTTP
   * basic authentication and never logged.
   */
  public static EcbRates from(URI url) {
    return new EcbRates(EcbSnapshot::rates, Optional.of(url), TIMEOUT, EVERY);
  }

  /** The rates last fetched, else the bundled snapshot (read on first use). */
  @Override
  public ExchangeRates current() {
    ExchangeRates fetched = current.get();
    return fetched != null ? fetched : initial.get();
  }

  /**
   * Starts fetching in the background, at once and then every {@link #EVERY}; returns at once. Does
   * nothing without a URL, when already started, or once closed.
   */
  public synchronized EcbRates start() {
    if (url.isEmpty() || scheduler != null || closed) {
      return this;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, THREAD);
              thread.setDaemon(true);
              return thread;
            });
    ScheduledFuture<?> unused =
        scheduler.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** Stops fetching, waiting up to a second for a fetch under way to end; the rates stay. */
  @Override
  public void close() {
    ScheduledExecutorService running;
    synchronized (this) {
      closed = true;
      running = scheduler;
    }
    if (running == null) {
      return;
    }
    running.shutdownNow();
    try {
      running.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Fetches once and swaps the rates in if they are not older than those in use. Never throws: a
   * failure is one log line.
   *
   * @return whether the fetched rates are now in use
   */
  boolean refresh() {
    if (url.isEmpty()) {
      return false;
    }
    try {
      URI from = url.get();
      ExchangeRates fetched;
      try {
        fetched =
            EcbXmlParser.parse(download(from), "ECB euro reference rates (" + origin(from) + ")");
      } catch (IllegalArgumentException e) {
        throw new FetchException("not the ECB's daily XML: " + oneLine(e.getMessage()));
      }
      ExchangeRates before = current();
      if (fetched.date().isBefore(before.date())) {
        log()
            .info(
                "ECB exchange rates from {} are of {}, older than those in use; still using those"
                    + " of {}",
                origin(from),
                fetched.date(),
                before.date());
        return false;
      }
      current.set(fetched);
      if (!fetched.date().equals(before.date())) {
        log()
            .info(
                "ECB exchange rates of {} fetched from {} ({} currencies)",
                fetched.date(),
                origin(from),
                fetched.currencies().size());
      }
      return true;
    } catch (FetchException e) {
      log()
          .warn(
              "ECB exchange rates not refreshed from {}: {}; still using those of {}",
              origin(url.get()),
              e.getMessage(),
              current().date());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (RuntimeException e) {
      log()
          .warn(
              "ECB exchange rates not refreshed from {}: unexpected {}; still using those of {}",
              origin(url.get()),
              e.getClass().getSimpleName(),
              current().date());
      return false;
    } finally {
      refreshed.release();
    }
  }

  /** Waits for the next fetch to end, for tests; whether one ended in time. */
  boolean awaitRefresh(Duration wait) throws InterruptedException {
    return refreshed.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private byte[] download(URI from) throws FetchException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(withoutUserInfo(from))
            .timeout(timeout)
            .header("Accept", "application/xml, text/xml")
            .header("User-Agent", "ratebot (exchange rates)")
            .GET();
    if (from.getRawUserInfo() != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(from.getUserInfo().getBytes(StandardCharsets.UTF_8)));
    }
    CompletableFuture<HttpResponse<byte[]>> answer =
        client(from)
            .sendAsync(
                request.build(),
                info ->
                    info.statusCode() == 200
                        ? new LimitedBody(MAX_BYTES)
                        : BodySubscribers.replacing(new byte[0]));
    HttpResponse<byte[]> response;
    try {
      response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new FetchException("no complete answer within " + duration(timeout));
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw new FetchException(reason(e.getCause()));
    }
    if (response.statusCode() != 200) {
      throw new FetchException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  // One client, made on the first fetch: a one-shot answer never pays for it. Credentials are
  // never carried to another host by a redirect.
  private HttpClient client(URI from) {
    synchronized (clientLock) {
      if (client != null) {
        return client;
      }
      client =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(
                  from.getRawUserInfo() == null
                      ? HttpClient.Redirect.NORMAL
                      : HttpClient.Redirect.NEVER)
              .proxy(ProxySelector.getDefault())
              .build();
      return client;
    }
  }

  // Network faults by kind only: their messages may carry the URL.
  private String reason(Throwable fault) {
    if (fault instanceof LimitedBody.TooLargeException) {
      return "the answer is over " + MAX_BYTES / 1024 + " KiB";
    }
    if (fault instanceof HttpConnectTimeoutException) {
      return "could not connect within " + duration(timeout);
    }
    if (fault instanceof HttpTimeoutException) {
      return "no answer within " + duration(timeout);
    }
    for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvedAddressException) {
        return "the host name cannot be resolved";
      }
    }
    if (fault instanceof ConnectException) {
      return "cannot connect";
    }
    if (fault instanceof SSLException) {
      return "the TLS handshake failed";
    }
    if (fault instanceof IOException) {
      return "network error (" + fault.getClass().getSimpleName() + ")";
    }
    return "unexpected " + fault.getClass().getSimpleName();
  }

  /** The URL's scheme, host and port: all of it that is ever logged. */
  static String origin(URI url) {
    return url.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + url.getHost()
        + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }

  private static URI withoutUserInfo(URI url) {
    if (url.getRawUserInfo() == null) {
      return url;
    }
    return URI.create(
        origin(url)
            + url.getRawPath()
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
  }

  private static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String oneLine(String text) {
    String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  // Looked up when first needed: starting the logging system costs a one-shot answer about half
  // a second, and a one-shot answer never fetches.
  private static Logger log() {
    return LoggerFactory.getLogger(EcbRates.class);
  }

  /** A fetch that failed, with a short reason that is safe to log. */
  private static final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    FetchException(String reason) {
      super(reason);
    }
  }
}
