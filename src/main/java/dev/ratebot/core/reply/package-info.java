/** The platform-neutral answer model: what the bot says, before any adapter renders it. */
package dev.ratebot.core.reply;
