/**
 * Commands as registered objects. Each {@link dev.ratebot.core.command.Command} knows its word,
 * aliases, description, examples and typed options ({@link
 * dev.ratebot.core.command.CommandDefinition}) and how it runs; the {@link
 * dev.ratebot.core.command.CommandRegistry} holds them, and help, the Slack manifest and usage
 * hint, the Discord command definition and its suggestions are all derived from it. A new command
 * is a new class plus one registration line in {@link dev.ratebot.core.command.BuiltInCommands}.
 */
package dev.ratebot.core.command;
