package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.testing.Bundled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of the four tables of the article can be read back through the bot, figure for figure. */
class ArticleFiguresTest {
  private static final Path ARTICLE = Path.of("../shared/seed/000_ada1980024a23e2e.txt");
  private final RequestHandler bot = Wiring.bundledHandler();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          north america  | North America  | $85–110/h | $170/h
          latam          | Latin America  | $45–65/h  | $95/h
          western europe | Western Europe | $65–110/h | $140/h
          central europe | Central Europe | $35–65/h  | $85/h
          """)
  void hourlyByRegion(String query, String region, String range, String topEnd) {
    Answer answer = ask(query);

    KeyFigure stated = figure(answer, "Contract rate");
    assertThat(stated.value()).isEqualTo(range);
    assertThat(stated.basis()).isEqualTo(Basis.OBSERVED);
    assertThat(stated.detail()).startsWith("average range;").endsWith("Payscale, Glassdoor");
    assertThat(figure(answer, "Top-end contract rate").value()).isEqualTo(topEnd);
    assertThat(figure(answer, "Top-end contract rate").basis()).isEqualTo(Basis.OBSERVED);
    assertThat(answer.sources())
        .filteredOn(c -> c.name().equals("Payscale, Glassdoor"))
        .singleElement()
        .satisfies(c -> assertThat(c.table()).startsWith("Backend developer hourly rate by region"))
        .satisfies(
            c ->
                assertThat(c.rows().get(0))
                    .isEqualTo(stated.detail().split("; ")[1].replace(", all levels", "")));
    assertThat(answer.vintage()).isEqualTo("2023");
  }

  @Test
  void hourlyByRegionOverview() {
    Answer answer = ask("how much does a backend developer cost");

    assertThat(answer.table().rows())
        .extracting(Row::label, Row::value, Row::basis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "North America", "$85–110/h · top $170/h", Basis.OBSERVED),
            org.assertj.core.groups.Tuple.tuple(
                "Latin America", "$45–65/h · top $95/h", Basis.OBSERVED),
            org.assertj.core.groups.Tuple.tuple(
                "Western Europe", "$65–110/h · top $140/h", Basis.OBSERVED),
            org.assertj.core.groups.Tuple.tuple(
                "Central Europe", "$35–65/h · top $85/h", Basis.OBSERVED));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          entry  | $55,000–65,000/yr
          mid    | $80,000–95,000/yr
          senior | $110,000–130,000/yr
          """)
  void usAnnualByLevel(String query, String salary) {
    KeyFigure figure = figure(ask(query), "Salary");

    assertThat(figure.value()).isEqualTo(salary);
    assertThat(figure.basis()).isEqualTo(Basis.OBSERVED);
    assertThat(figure.detail()).contains("United States").contains("not named in its text");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          junior central europe | $35/h
          mid cee               | $40/h
          senior poland         | $60+/h
          """)
  void vendorCentralEuropeRates(String query, String rate) {
    KeyFigure figure = figure(ask(query), "Vendor's price");

    assertThat(figure.value()).isEqualTo(rate);
    assertThat(figure.basis()).isEqualTo(Basis.OBSERVED);
    assertThat(figure.detail()).contains("ProCoders").contains("not a market survey");
  }

  @Test
  void vendorRatesAllLevels() {
    assertThat(figure(ask("cee"), "Vendor's prices").value())
        .isEqualTo("entry $35/h · mid $40/h · senior $60+/h");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          entry node     | $60,000–70,000/yr
          mid node       | $85,000–100,000/yr
          senior node    | $110,000–135,000/yr
          entry rails    | $58,000–68,000/yr
          mid rails      | $80,000–95,000/yr
          senior rails   | $105,000–130,000/yr
          entry laravel  | $55,000–65,000/yr
          mid laravel    | $75,000–90,000/yr
          senior laravel | $100,000–120,000/yr
          entry python   | $62,000–72,000/yr
          mid python     | $85,000–100,000/yr
          senior python  | $110,000–135,000/yr
          """)
  void usAnnualByTechnology(String query, String salary) {
    Answer answer = ask(query);
    KeyFigure figure = figure(answer, "Salary");

    assertThat(figure)
        .isEqualTo(new KeyFigure("Salary", salary, Basis.OBSERVED, "United States; Payscale"));
    assertThat(answer.sources().get(0).table()).startsWith("US annual salary by technology");
    assertThat(answer.sources().get(0).rows().get(0))
        .isEqualToIgnoringCase(query.replace("node", "Node.js").replace("rails", "Ruby on Rails"));
  }

  @Test
  void technologyTableRowsReadBack() {
    assertThat(ask("laravel").table().rows())
        .extracting(Row::value)
        .containsExactly("$55,000–65,000/yr", "$75,000–90,000/yr", "$100,000–120,000/yr");
  }

  @Test
  void everyRowQuotesALineOfTheArticle() throws IOException {
    assumeTrue(Files.exists(ARTICLE), "the seed article is beside the checkout");
    String article = Files.readString(ARTICLE);

    for (RateTable table : Bundled.dataset().market().tables()) {
      for (Observation row : table.rows()) {
        assertThat(article).as(table.id()).contains(row.quote());
        String low = String.format("%,d", Math.round(row.low()));
        assertThat(row.quote()).as("quote carries its own figure").contains(low);
      }
    }
  }

  private Answer ask(String text) {
    Reply reply = bot.handle(new Request(text, "tester", "", Platform.CONSOLE));
    assertThat(reply).as(text).isInstanceOf(Answer.class);
    return (Answer) reply;
  }

  private static KeyFigure figure(Answer answer, String label) {
    return answer.keyFigures().stream()
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + answer.keyFigures()));
  }
}
