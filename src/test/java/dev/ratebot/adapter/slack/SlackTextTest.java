package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {
  @Test
  void escapesTheThreeControlCharacters() {
    assertThat(SlackText.escape("<!channel> & <@U1> <http://x|y>"))
        .isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;");
  }

  @Test
  void unescapeUndoesSlacksEncodingOnly() {
    assertThat(SlackText.unescape("a &lt;b&gt; &amp;lt; c")).isEqualTo("a <b> &lt; c");
  }

  @Test
  void shortTextIsUntouched() {
    assertThat(SlackText.fit("abc", 3)).isEqualTo("abc");
  }

  @Test
  void cutTextEndsInAnEllipsisWithinTheLimit() {
    assertThat(SlackText.fit("abcdefgh", 5)).isEqualTo("abcd…");
  }

  @Test
  void neverCutsAnEntityInHalf() {
    String escaped = SlackText.escape("aaaa<<<<<<");
    for (int max = 2; max < escaped.length(); max++) {
      String cut = SlackText.fit(escaped, max);
      assertThat(cut.length()).isLessThanOrEqualTo(max);
      assertThat(cut.replace("&lt;", "")).doesNotContain("&");
    }
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    String cut = SlackText.fit("ab😀😀😀", 4);

    assertThat(cut).isEqualTo("ab…");
  }
}
