/**
 * Turns the text after {@code /rate} into an immutable query: words in any order, aliases,
 * countries, plain questions and typos.
 */
package dev.ratebot.core.query;
