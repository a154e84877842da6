/**
 * Reads the rate dataset from its files, JSON with Jackson and CSV with Commons CSV, into the
 * core's domain types; every fault is one line naming the file and the place in its own terms.
 */
package dev.ratebot.adapter.dataset;
