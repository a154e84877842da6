/** Configuration from the environment, hand-written wiring, and main. */
package dev.ratebot.app;
