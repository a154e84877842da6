package dev.ratebot.fake.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * The Block Kit faults one part of the fake met, each naming where it came from ("chat.postMessage:
 * must be less than 3001 characters [json-pointer:/blocks/0/text/text]"). {@link FakeSlack#close}
 * fails the test when any were met and not taken, so every end-to-end test is also a contract test.
 */
final class BlockFaults {
  private final List<String> faults = new ArrayList<>();

  /** Records the faults Slack would refuse a payload for; true when there were none. */
  synchronized boolean check(String where, List<String> found) {
    found.forEach(fault -> faults.add(where + ": " + fault));
    return found.isEmpty();
  }

  /** The faults met so far, forgetting them. */
  synchronized List<String> take() {
    List<String> taken = List.copyOf(faults);
    faults.clear();
    return taken;
  }
}
