/** The rate dataset as domain types: levels, technologies, regions, sources and tables. */
package dev.ratebot.core.rates;
