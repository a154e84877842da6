/**
 * A fake of the European Central Bank's daily reference-rate file on 127.0.0.1, serving the real
 * XML shape (or whatever a test asks for: an error status, garbage, a hang), every request recorded
 * for assertions.
 */
package dev.ratebot.fake.ecb;
