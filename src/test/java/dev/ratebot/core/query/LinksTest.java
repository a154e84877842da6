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
    assertThat(stripped.hosts()).containsExactly("levels.fyi", "a.io", "host.example", "nothing");
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

  @Test
  void noSecretOfALinkIsEverNamedWhateverItsShape() {
    Links.Stripped stripped =
        Links.strip(
            "https://token@x.io/a https://x.io;jsessionid=SECRET/a https://x.io\\SECRET/a"
                + " https://x.io@evil.com/45 mailto:bob@mail.io");

    assertThat(stripped.hosts()).containsExactly("x.io", "x.io", "x.io", "evil.com", "mail.io");
    assertThat(stripped.note())
        .isEqualTo("Ignored 5 links (x.io, evil.com, mail.io): I read only what is typed.")
        .doesNotContainIgnoringCase("secret")
        .doesNotContain("token", "bob");
  }

  @Test
  void aBareDomainWithANumberInItsPathOrAnyOtherSchemeIsALinkButATechnologyIsNot() {
    assertThat(Links.strip("senior python latam levels.fyi/45").hosts())
        .containsExactly("levels.fyi");
    assertThat(Links.strip("ftp://files.io/45 https:/x.io/45").hosts())
        .containsExactly("files.io", "x.io");
    Links.Stripped words = Links.strip("node.js/express asp.net vue.js levels.fyi 45/h $90k/yr");
    assertThat(words.hosts()).isEmpty();
    assertThat(words.text()).isEqualTo("node.js/express asp.net vue.js levels.fyi 45/h $90k/yr");
  }

  @Test
  void aLinkEndsAtABracketOrCommaSoTheWordsGluedAfterItAreStillRead() {
    assertThat(Links.strip("check 45/h(https://a.io/9)senior python latam").text())
        .isEqualTo("check 45/h( )senior python latam");
    assertThat(Links.strip("https://a.io/9,senior python").text()).isEqualTo(" ,senior python");
    assertThat(Links.strip("see (https://levels.fyi). or https://b.io!").hosts())
        .containsExactly("levels.fyi", "b.io");
  }
}
