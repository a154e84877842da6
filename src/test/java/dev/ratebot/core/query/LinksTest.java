package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void eachLinkBecomesASpaceAndIsNamedByItsHostWithoutWwwOrAnythingAfterIt() {
    Links.Stripped stripped =
        Links.strip(
            "senior https://www.levels.fyi/t/45?token=s3cret python <https://a.io/9|a.io> latam"
                + " HTTP://user:pw@Host.example:8080/x https:///nothing");

    assertThat(stripped.text()).isEqualTo("senior   python   latam    ");
    assertThat(stripped.hosts()).containsExactly("levels.fyi", "a.io", "host.example", "no host");
    assertThat(stripped.note())
        .startsWith("Ignored 4 links (levels.fyi, a.io,")
        .doesNotContain("s3cret", "pw", "user", "8080", "45");
  }

  @Test
  void textWithoutLinksIsLeftAsItIs() {
    Links.Stripped stripped = Links.strip("node.js vue.js asp.net c# .net 45/h $90k/yr");

    assertThat(stripped.text()).isEqualTo("node.js vue.js asp.net c# .net 45/h $90k/yr");
    assertThat(stripped.hosts()).isEmpty();
  }
}
