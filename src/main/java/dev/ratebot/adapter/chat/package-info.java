/**
 * What every chat surface shares: the one traversal of a reply ({@link
 * dev.ratebot.adapter.chat.ChatRenderer}) that drives a platform's small drawing port ({@link
 * dev.ratebot.adapter.chat.Canvas}); the rules for who gets refine menus and a share button ({@link
 * dev.ratebot.adapter.chat.Audience}, {@link dev.ratebot.adapter.chat.Controls}); what a problem
 * shows ({@link dev.ratebot.adapter.chat.ProblemView}); and how an adapter's own faults are
 * recorded under the one reference scheme ({@link dev.ratebot.adapter.chat.Incidents}). Knows no
 * platform library.
 */
package dev.ratebot.adapter.chat;
