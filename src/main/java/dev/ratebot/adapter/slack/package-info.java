/**
 * The Slack adapter: Bolt over Socket Mode. Slack events become {@link
 * dev.ratebot.core.dispatch.Request}s, the dispatcher answers, and {@link
 * dev.ratebot.adapter.slack.SlackRenderer} turns each reply into Block Kit. Nothing here parses
 * queries or estimates figures.
 */
package dev.ratebot.adapter.slack;
