package dev.ratebot.adapter.slack;

import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.List;

/** Hand-built replies and a scripted request handler for adapter tests. */
final class TestReplies {
  private TestReplies() {}

  /**
   * Answers every question with {@link #answer(String)}, except: text with "boom" gets a user
   * problem, text with "crash" throws, and "help" gets an info reply.
   */
  static RequestHandler handler() {
    return request -> {
      String text = request.text();
      if (text.contains("crash")) {
        throw new IllegalStateException("simulated fault");
      }
      if (text.contains("boom")) {
        return Problem.user(
            "No figures for '" + text + "'", List.of("senior python latam", "latam"));
      }
      if (text.equals("help")) {
        return new Info(
            "ratebot help",
            List.of(new Info.Section("How to ask", List.of("/rate senior python latam"))));
      }
      return answer(text);
    };
  }

  /** An answer that echoes the query in its title and notes, with level and region menus. */
  static Answer answer(String query) {
    String q = query.length() > 60 ? query.substring(0, 60) : query;
    return new Answer(
        "Rates for " + query,
        query,
        List.of(
            new KeyFigure("Hourly", "$45–65/h", Basis.OBSERVED, "Payscale"),
            new KeyFigure("Annual", "$94k–135k", Basis.EQUIVALENT, "2080 h a year")),
        new RowTable(
            "Hourly by region",
            100,
            List.of(
                new Row("Latin America", "$45–65/h", 45, 65, 80, Basis.OBSERVED, true),
                new Row("Eastern Europe", "$40–60/h", 40, 60, 0, Basis.ESTIMATE, false))),
        List.of("Assuming " + query),
        List.of(new Citation("Payscale", "2023", "ProCoders")),
        "2023",
        List.of(
            new Refinement(
                "Level",
                List.of(
                    new Refinement.Choice("Mid", "mid " + q, false),
                    new Refinement.Choice("Senior", "senior " + q, true))),
            new Refinement(
                "Region",
                List.of(
                    new Refinement.Choice("Latin America", q + " latam", true),
                    new Refinement.Choice("Eastern Europe", q + " eastern europe", false)))),
        "Contract rates · 2023 data",
        "0a1b2c3d");
  }
}
