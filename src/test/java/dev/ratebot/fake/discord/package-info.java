/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real JDA client: the REST API (login,
 * gateway discovery, commands, interaction callbacks, webhooks, channel messages) and the gateway
 * WebSocket (HELLO, IDENTIFY/READY, GUILD_CREATE, heartbeats, RESUME with replay, RECONNECT,
 * INVALID_SESSION, close codes, zlib-stream compression). Every call and every gateway payload is
 * recorded, and tests wait on them with bounded waits. Every REST request is checked against
 * Discord's OpenAPI spec ({@code DiscordContract}), and closing the fake fails the test if one
 * broke it.
 */
package dev.ratebot.fake.discord;
