package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever is typed, the dispatcher answers and never throws. */
class DispatcherPropertyTest {
  private static final String[] WORDS = {
    "senior",
    "sr",
    "junior",
    "mid",
    "python",
    "pyhton",
    "node.js",
    "rails",
    "laravel",
    "java",
    "latam",
    "brazil",
    "poland",
    "UK",
    "IT",
    "us",
    "no",
    "how",
    "much",
    "?",
    "<!channel>",
    "@everyone",
    "ruby on rails",
    "north",
    "america",
    "help",
    "list",
    "sources",
    "c#",
    ".net",
    "'s",
    "--",
    "💸",
    "ñandú",
    "\u0000",
    "\t",
    "$50",
    "/h",
    "&amp;",
    "<@U123>",
    "é",
    "ß",
    "İ",
    "٣",
    "—"
  };

  private final Dispatcher dispatcher =
      new Dispatcher(
          Bundled.dataset(),
          Bundled.places(),
          EstimateSettings.defaults(),
          new RateLimiter(new RateLimit(1_000_000, 1_000_000)),
          (reference, request, fault) -> {
            throw new AssertionError("fault " + reference + " for '" + request.text() + "'", fault);
          });

  @Test
  void randomCharactersNeverCrashIt() {
    Random random = new Random(20231);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(i % 10 == 0 ? 700 : 60);
      for (int c = 0; c < length; c++) {
        text.appendCodePoint(randomCodePoint(random));
      }
      assertAnswered(text.toString());
    }
  }

  @Test
  void randomWordSoupNeverCrashesIt() {
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      List<String> words = new ArrayList<>();
      int count = 1 + random.nextInt(8);
      for (int w = 0; w < count; w++) {
        words.add(WORDS[random.nextInt(WORDS.length)]);
      }
      assertAnswered(String.join(random.nextBoolean() ? " " : "  ", words));
    }
  }

  private void assertAnswered(String text) {
    Reply reply = dispatcher.handle(new Request(text, "prop", "", Platform.CONSOLE));
    assertThat(reply).as(text).isNotNull();
    if (reply instanceof Problem problem) {
      assertThat(problem.kind()).as(text).isEqualTo(Problem.Kind.USER);
      assertThat(problem.message()).as(text).hasSizeLessThan(200);
    }
    if (reply instanceof Answer answer) {
      assertThat(answer.summary()).isNotBlank();
    }
  }

  private static int randomCodePoint(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 'a' + random.nextInt(26);
      case 1 -> ' ';
      case 2 -> 0x20 + random.nextInt(0x60);
      default -> {
        int cp = random.nextInt(0x1F700);
        yield Character.isSurrogate((char) cp) ? 'x' : cp;
      }
    };
  }
}
