/** The console adapter: a stdin/stdout conversation and one-shot answers, with no tokens. */
package dev.ratebot.adapter.console;
