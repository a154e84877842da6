/**
 * The dispatcher: request (text, user, channel, platform) to reply, the sub-commands, the command
 * spec every surface is built from, and per-user rate limits.
 */
package dev.ratebot.core.dispatch;
