/** Reads the rate dataset from JSON with Jackson into the core's domain types. */
package dev.ratebot.adapter.dataset;
