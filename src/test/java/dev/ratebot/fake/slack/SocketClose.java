package dev.ratebot.fake.slack;

/**
 * A Socket Mode connection that closed.
 *
 * @param number which connection, counting from 1
 * @param code the WebSocket close code (1000 normal, 1006 abnormal)
 * @param remote true when the bot closed it
 */
public record SocketClose(int number, int code, boolean remote) {}
