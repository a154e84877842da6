/**
 * Turns the text after {@code /rate} (and any typed options) into an immutable query: words in any
 * order, aliases, places (every country, the gazetteer's cities), other roles, inexact levels,
 * numbers, currencies, periods and counts, plain questions and clear typos. What it cannot answer
 * or does not use, it says.
 */
package dev.ratebot.core.query;
