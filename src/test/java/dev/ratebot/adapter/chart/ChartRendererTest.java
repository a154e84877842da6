package dev.ratebot.adapter.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import dev.ratebot.testing.Bundled;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartRendererTest {
  private final ChartRenderer renderer = new ChartRenderer();

  private static Row row(String label, double low, double high, double top, boolean asked) {
    return new Row(
        label, "$" + (int) low + "–" + (int) high + "/h", low, high, top, Basis.ESTIMATE, asked);
  }

  private static Answer answer(List<Row> rows) {
    return new Answer(
        "Senior Python backend developer · Latin America",
        "senior python latam",
        List.of(),
        new RowTable("Senior Python, contract rates by region (estimates)", 170, rows),
        List.of(),
        List.of(
            new Citation("Payscale, Glassdoor", "2023", "ProCoders, article"),
            new Citation("Payscale", "2023", "ProCoders, article")),
        "2023",
        List.of(),
        "Contract rates · 2023 data",
        "e4ae72e4");
  }

  private static final List<Row> ROWS =
      List.of(
          row("North America", 102, 126, 170, false),
          row("Latin America", 61, 74, 95, true),
          row("Western Europe", 102, 126, 140, false),
          row("Central Europe", 61, 74, 0, false));

  /** The drawn range bars, in the order of the answer's rows. */
  private static List<Rectangle2D> bars(ChartRenderingInfo info, List<Row> rows) {
    List<CategoryItemEntity> found = new ArrayList<>();
    for (Object e : info.getEntityCollection().getEntities()) {
      if (e instanceof CategoryItemEntity item
          && item.getDataset() instanceof IntervalCategoryDataset) {
        found.add(item);
      }
    }
    assertThat(found).hasSize(rows.size());
    List<Rectangle2D> bounds = new ArrayList<>();
    for (Row row : rows) {
      CategoryItemEntity bar =
          found.stream()
              .filter(e -> e.getColumnKey().toString().startsWith(row.label() + "  "))
              .findFirst()
              .orElseThrow();
      bounds.add(bar.getArea().getBounds2D());
    }
    return bounds;
  }

  private static List<CategoryItemEntity> ticks(ChartRenderingInfo info) {
    List<CategoryItemEntity> ticks = new ArrayList<>();
    for (Object e : info.getEntityCollection().getEntities()) {
      if (e instanceof CategoryItemEntity item
          && !(item.getDataset() instanceof IntervalCategoryDataset)) {
        ticks.add(item);
      }
    }
    return ticks;
  }

  @Test
  void drawsAPngOfTheStatedSize() throws IOException {
    ChartImage chart = renderer.render(answer(ROWS));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(image.getWidth()).isEqualTo(800).isEqualTo(chart.width());
    assertThat(image.getHeight()).isEqualTo(400).isEqualTo(chart.height());
    assertThat(chart.size()).isLessThan(60_000);
  }

  @Test
  void barsFollowTheRowOrderTopToBottom() {
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    renderer.render(answer(ROWS), info);

    List<Rectangle2D> bars = bars(info, ROWS);
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).getCenterY()).isGreaterThan(bars.get(i - 1).getMaxY());
    }
  }

  @Test
  void eachBarSpansItsLowToHighOnOneLinearScale() {
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    renderer.render(answer(ROWS), info);

    List<Rectangle2D> bars = bars(info, ROWS);
    // The scale from the first two bars' ends; every bar's ends must sit on it.
    double perUnit = (bars.get(0).getMaxX() - bars.get(1).getMinX()) / (126 - 61);
    double zero = bars.get(1).getMinX() - 61 * perUnit;
    assertThat(perUnit).isPositive();
    for (int i = 0; i < ROWS.size(); i++) {
      assertThat(bars.get(i).getMinX()).isCloseTo(zero + ROWS.get(i).low() * perUnit, within(2.0));
      assertThat(bars.get(i).getMaxX()).isCloseTo(zero + ROWS.get(i).high() * perUnit, within(2.0));
    }
  }

  @Test
  void theAskedForRowIsTheHighlightedBarAndOnlyIt() throws IOException {
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    ChartImage chart = renderer.render(answer(ROWS), info);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));

    List<Rectangle2D> bars = bars(info, ROWS);
    for (int i = 0; i < ROWS.size(); i++) {
      Rectangle2D bar = bars.get(i);
      int rgb = image.getRGB((int) bar.getCenterX(), (int) bar.getCenterY()) & 0xFFFFFF;
      int expected =
          (ROWS.get(i).highlighted() ? ChartRenderer.HIGHLIGHT : ChartRenderer.BAR).getRGB()
              & 0xFFFFFF;
      assertThat(rgb).as(ROWS.get(i).label()).isEqualTo(expected);
    }
  }

  @Test
  void theTopEndIsMarkedBeyondEachBarThatHasOne() {
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    renderer.render(answer(ROWS), info);

    List<Rectangle2D> bars = bars(info, ROWS);
    List<CategoryItemEntity> ticks = ticks(info);
    assertThat(ticks).hasSize(3); // Central Europe states no top end
    for (CategoryItemEntity tick : ticks) {
      int i =
          IntStream.range(0, ROWS.size())
              .filter(r -> tick.getColumnKey().toString().startsWith(ROWS.get(r).label() + "  "))
              .findFirst()
              .orElseThrow();
      Rectangle2D mark = tick.getArea().getBounds2D();
      assertThat(mark.getCenterX()).isGreaterThan(bars.get(i).getMaxX());
      assertThat(mark.getCenterY()).isCloseTo(bars.get(i).getCenterY(), within(2.0));
    }
    Rectangle2D dearest =
        ticks.stream()
            .map(ChartEntity::getArea)
            .map(a -> a.getBounds2D())
            .max(Comparator.comparingDouble(Rectangle2D::getCenterX))
            .orElseThrow();
    assertThat(dearest.getCenterY()).isCloseTo(bars.get(0).getCenterY(), within(2.0));
  }

  @Test
  void aBundledAnswerIsChartedWithTheAskedRegionHighlighted() {
    Answer answer = ((Chart) chartOf("senior python latam")).answer();
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    renderer.render(answer, info);

    List<Row> rows = answer.table().rows();
    List<Rectangle2D> bars = bars(info, rows);
    int asked =
        IntStream.range(0, rows.size())
            .filter(i -> rows.get(i).highlighted())
            .findFirst()
            .orElseThrow();
    assertThat(rows.get(asked).label()).isEqualTo("Latin America");
    // Latin America's range lies below North America's, as the data says.
    int northAmerica =
        IntStream.range(0, rows.size())
            .filter(i -> rows.get(i).label().equals("North America"))
            .findFirst()
            .orElseThrow();
    assertThat(bars.get(asked).getMaxX()).isLessThan(bars.get(northAmerica).getMinX());
  }

  private static dev.ratebot.core.reply.Reply chartOf(String question) {
    return new Chart((Answer) Bundled.reply(question, EstimateSettings.defaults()));
  }

  @Test
  void theFooterKeepsVintageVersionAndSource() {
    assertThat(ChartRenderer.sourceLine(answer(ROWS)))
        .isEqualTo(
            "ratebot · data vintage 2023, version e4ae72e4 · Source: Payscale, Glassdoor (2023),"
                + " via ProCoders, article and 1 more");
    assertThat(ChartRenderer.altText(answer(ROWS)))
        .startsWith("Range chart. Senior Python, contract rates by region (estimates): ")
        .contains("Latin America $61–74/h (asked)");
  }

  @Test
  void manyRowsMakeATallerChartWithinACap() {
    assertThat(ChartRenderer.height(1)).isEqualTo(400);
    assertThat(ChartRenderer.height(6)).isEqualTo(400);
    assertThat(ChartRenderer.height(8)).isEqualTo(464);
    assertThat(ChartRenderer.height(500)).isEqualTo(ChartRenderer.MAX_HEIGHT);
  }

  @Test
  void anAnswerWithoutRowsHasNoChart() {
    assertThatThrownBy(() -> renderer.render(answer(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without rows");
  }
}
