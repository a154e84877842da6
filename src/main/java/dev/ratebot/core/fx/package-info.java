/**
 * Exchange rates: a dated table of euro reference rates with cross rates between any two of its
 * currencies, and the port through which adapters keep it current.
 */
package dev.ratebot.core.fx;
