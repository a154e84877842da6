/**
 * Operations: the HTTP endpoint for probes and scrapes ({@link dev.ratebot.adapter.ops.OpsServer}:
 * {@code /healthz}, {@code /readyz}, {@code /metrics}), readiness from the chat adapters' signals
 * ({@link dev.ratebot.adapter.ops.Readiness}), Prometheus metrics through Micrometer ({@link
 * dev.ratebot.adapter.ops.OpsMetrics}), and the one log line per answered command ({@link
 * dev.ratebot.adapter.ops.MeteredHandler}). The only package that knows Micrometer and the JDK's
 * HTTP server (an ArchUnit rule says so).
 */
package dev.ratebot.adapter.ops;
