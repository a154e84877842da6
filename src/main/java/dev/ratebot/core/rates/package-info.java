/**
 * The rate dataset as domain types: levels, technologies, regions, sources and tables; and the
 * places (cities) users may name, with the ports through which adapters load both.
 */
package dev.ratebot.core.rates;
