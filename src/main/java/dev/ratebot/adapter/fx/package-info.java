/**
 * The European Central Bank's euro reference rates: its CSV and daily XML files read into the
 * core's {@code ExchangeRates}, a bundled dated snapshot, and a source that refreshes it from the
 * ECB in the background.
 */
package dev.ratebot.adapter.fx;
