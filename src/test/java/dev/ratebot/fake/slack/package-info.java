/**
 * A fake Slack on 127.0.0.1 for end-to-end tests: the Web API methods Bolt and the adapter call,
 * response_url endpoints, and a Socket Mode WebSocket endpoint that speaks the real protocol
 * (hello, envelopes, acks, disconnect/refresh_requested), every call recorded for assertions.
 */
package dev.ratebot.fake.slack;
