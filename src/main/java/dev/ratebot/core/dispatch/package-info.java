/**
 * The dispatcher: request (text, user, channel, platform) to reply through the command registry,
 * fault references, and per-user rate limits.
 */
package dev.ratebot.core.dispatch;
