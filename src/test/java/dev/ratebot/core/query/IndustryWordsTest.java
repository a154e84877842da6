package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An industry named is never ignored nor used to adjust a figure: the note says what the article
 * says.
 */
class IndustryWordsTest {
  private static final QueryParser PARSER = Bundled.parser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python latam fintech       | Fintech: the article names finance among the industries that pay backend developers the highest hourly rates (finance, healthcare, e-commerce and technology) but gives no figures by industry, so none here are adjusted; it also names the rarity of the skills needed as something that moves a rate.
          senior python for a bank in cee   | Bank: the article names finance among
          healthtech mid node latam         | Healthtech: the article names healthcare among
          e-commerce senior python latam    | E-commerce: the article names e-commerce among
          senior python latam gaming        | Gaming: the article names finance, healthcare, e-commerce and technology as the industries that pay backend developers the highest hourly rates and says nothing about gaming; the figures here are not adjusted by industry.
          """)
  void anIndustryGetsWhatTheArticleSaysAndNoFigureChanges(String question, String note) {
    Ask ask = (Ask) PARSER.parse(question);

    assertThat(ask.query().notes()).anySatisfy(n -> assertThat(n).startsWith(note));
    assertThat(ask.query().notes()).noneMatch(n -> n.startsWith("Ignored"));
    assertThat(ask.query().canonicalText())
        .isEqualTo(
            ((Ask)
                    PARSER.parse(
                        question.replaceAll(
                            "(?i)fintech|for a bank|healthtech|e-commerce|gaming", "")))
                .query()
                .canonicalText());
  }
}
