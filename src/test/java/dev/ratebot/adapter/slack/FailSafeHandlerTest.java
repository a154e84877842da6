package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import org.junit.jupiter.api.Test;

class FailSafeHandlerTest {
  static final Request QUESTION = new Request("latam", "U1", "C1", Platform.SLACK);

  @Test
  void passesRepliesThrough() {
    Reply answer = TestReplies.answer("latam");

    assertThat(new FailSafeHandler(r -> answer).handle(QUESTION)).isSameAs(answer);
  }

  @Test
  void turnsAnExceptionIntoAnApologyWithAReference() {
    Reply reply =
        new FailSafeHandler(
                r -> {
                  throw new IllegalStateException("x");
                })
            .handle(QUESTION);

    assertThat(reply)
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.INTERNAL);
              assertThat(p.reference()).matches("E-[0-9A-F]{8}");
              assertThat(p.message()).contains(p.reference());
            });
  }

  @Test
  void turnsANullReplyIntoAnApology() {
    assertThat(new FailSafeHandler(r -> null).handle(QUESTION)).isInstanceOf(Problem.class);
  }
}
