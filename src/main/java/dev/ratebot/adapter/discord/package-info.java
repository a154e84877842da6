/**
 * The Discord adapter: JDA gateway events (slash commands, autocomplete, buttons, select menus,
 * mentions) are translated into {@link dev.ratebot.core.dispatch.Request requests}, handed to the
 * one {@link dev.ratebot.core.dispatch.RequestHandler}, and the {@link dev.ratebot.core.reply.Reply
 * reply} is rendered as an embed with components, always within Discord's limits and with every
 * mention disabled.
 */
package dev.ratebot.adapter.discord;
