package dev.ratebot.adapter.chart;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * Draws the rows of an answer as a range chart: one horizontal low–high bar per region or level, in
 * the answer's order, the top end marked with a tick, the row asked about highlighted, and a footer
 * with the data vintage, version and source so that a pasted chart keeps its provenance.
 * Thread-safe: every call builds its own chart.
 */
public final class ChartRenderer {
  /** The width of every chart, in pixels. */
  public static final int WIDTH = 800;

  /** The height of a chart of up to {@link #ROWS_IN_BASE_HEIGHT} rows, in pixels. */
  public static final int BASE_HEIGHT = 400;

  static final int ROWS_IN_BASE_HEIGHT = 6;
  static final int HEIGHT_PER_EXTRA_ROW = 32;
  static final int MAX_HEIGHT = 1_200;

  /** The series key of the low–high bars. */
  static final String RANGE = "Range (low–high)";

  /** The series key of the top-end ticks. */
  static final String TOP_END = "Top end";

  static final Color BAR = new Color(0x9D, 0xB4, 0xCC);
  static final Color HIGHLIGHT = new Color(0x1F, 0x5F, 0xAE);
  static final Color MARK = new Color(0x33, 0x33, 0x33);

  private static final String FONT = Font.SANS_SERIF;

  /**
   * The answer's rows as a PNG.
   *
   * @throws IllegalArgumentException when the answer has no rows
   */
  public ChartImage render(Answer answer) {
    return render(answer, null);
  }

  /** As {@link #render(Answer)}, filling {@code info} with where each bar and tick was drawn. */
  ChartImage render(Answer answer, ChartRenderingInfo info) {
    int height = height(answer.table().rows().size());
    ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
    try {
      ChartUtils.writeChartAsPNG(png, chart(answer), WIDTH, height, info);
    } catch (IOException e) {
      throw new UncheckedIOException("drawing a chart", e);
    }
    return new ChartImage(png.toByteArray(), WIDTH, height, altText(answer));
  }

  /** The height for a number of rows: the base height, growing past six rows, within a cap. */
  static int height(int rows) {
    int extra = Math.max(0, rows - ROWS_IN_BASE_HEIGHT);
    return Math.min(MAX_HEIGHT, BASE_HEIGHT + extra * HEIGHT_PER_EXTRA_ROW);
  }

  /** The chart of the answer's rows, before it is drawn. */
  static JFreeChart chart(Answer answer) {
    RowTable table = answer.table();
    if (table.isEmpty()) {
      throw new IllegalArgumentException("an answer without rows has no chart: " + answer.title());
    }
    List<Row> rows = table.rows();
    List<String> keys = categoryKeys(rows);
    Number[][] lows = {rows.stream().map(Row::low).toArray(Number[]::new)};
    Number[][] highs = {rows.stream().map(Row::high).toArray(Number[]::new)};
    DefaultIntervalCategoryDataset ranges =
        new DefaultIntervalCategoryDataset(
            new Comparable<?>[] {RANGE}, keys.toArray(new Comparable<?>[0]), lows, highs);
    DefaultCategoryDataset tops = new DefaultCategoryDataset();
    for (int i = 0; i < rows.size(); i++) {
      double top = rows.get(i).topEnd();
      tops.addValue(top > 0 ? top : null, TOP_END, keys.get(i));
    }

    CategoryAxis categories = new CategoryAxis(null);
    categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).highlighted()) {
        categories.setTickLabelFont(keys.get(i), new Font(FONT, Font.BOLD, 12));
        categories.setTickLabelPaint(keys.get(i), HIGHLIGHT);
      }
    }
    NumberAxis values = new NumberAxis(null);
    values.setRange(0, scaleMax(table) * 1.05);
    values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
    values.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));

    CategoryPlot plot = new CategoryPlot(ranges, categories, values, bars(rows));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    if (rows.stream().anyMatch(r -> r.topEnd() > 0)) {
      plot.setDataset(1, tops);
      plot.setRenderer(1, ticks());
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setOutlineVisible(false);

    JFreeChart chart = new JFreeChart(answer.title(), new Font(FONT, Font.BOLD, 15), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.addSubtitle(0, text(table.heading(), Font.PLAIN, 12, RectangleEdge.TOP));
    chart.setPadding(new RectangleInsets(4, 4, 4, 20));
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(new Font(FONT, Font.PLAIN, 11));
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.TOP);
    // Subtitles on one edge stack outwards in the order added: the source line ends the image.
    chart.addSubtitle(text(sourceLine(answer), Font.PLAIN, 10, RectangleEdge.BOTTOM));
    if (!answer.context().isBlank()) {
      chart.addSubtitle(text(answer.context(), Font.PLAIN, 10, RectangleEdge.BOTTOM));
    }
    return chart;
  }

  /**
   * "Data vintage 2023, version e4ae72e4 · Source: Payscale, Glassdoor (2023), via ProCoders, … and
   * 2 more".
   */
  static String sourceLine(Answer answer) {
    StringBuilder line = new StringBuilder("ratebot · data vintage ").append(answer.vintage());
    if (!answer.dataVersion().isEmpty()) {
      line.append(", version ").append(answer.dataVersion());
    }
    List<Citation> sources = answer.sources();
    if (!sources.isEmpty()) {
      Citation first = sources.get(0);
      line.append(" · Source: ").append(first.name()).append(" (").append(first.vintage());
      line.append(')');
      if (!first.via().isEmpty()) {
        line.append(", via ").append(first.via());
      }
      if (sources.size() > 1) {
        line.append(" and ").append(sources.size() - 1).append(" more");
      }
    }
    return line.toString();
  }

  /** The chart in words: its heading and each row's range, the asked-for one marked. */
  static String altText(Answer answer) {
    String rows =
        answer.table().rows().stream()
            .map(r -> r.label() + " " + r.value() + (r.highlighted() ? " (asked)" : ""))
            .collect(Collectors.joining("; "));
    String text = "Range chart. " + answer.table().heading() + ": " + rows + ".";
    return text.length() <= 1_000 ? text : text.substring(0, 999) + "…";
  }

  // "Latin America · $61–74/h · top $95/h"; a label seen twice gets a number, as keys must differ.
  private static List<String> categoryKeys(List<Row> rows) {
    Set<String> seen = new HashSet<>();
    List<String> keys = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String key = row.label() + "  " + row.value();
      for (int n = 2; !seen.add(key); n++) {
        key = row.label() + " (" + n + ")  " + row.value();
      }
      keys.add(key);
    }
    return keys;
  }

  private static double scaleMax(RowTable table) {
    double max = table.scaleMax();
    for (Row row : table.rows()) {
      max = Math.max(max, Math.max(row.high(), row.topEnd()));
    }
    return max;
  }

  private static IntervalBarRenderer bars(List<Row> rows) {
    IntervalBarRenderer bars = new HighlightingBars(rows);
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setMaximumBarWidth(0.5);
    bars.setSeriesPaint(0, BAR);
    return bars;
  }

  private static LineAndShapeRenderer ticks() {
    LineAndShapeRenderer ticks = new LineAndShapeRenderer(false, true);
    // The plot is horizontal: a tall, thin shape is a tick across the bar at the top end.
    ticks.setSeriesShape(0, new Rectangle2D.Double(-1.5, -11, 3, 22));
    ticks.setSeriesPaint(0, MARK);
    ticks.setSeriesStroke(0, new BasicStroke(1f));
    return ticks;
  }

  private static TextTitle text(String text, int style, int size, RectangleEdge edge) {
    boolean footer = edge.equals(RectangleEdge.BOTTOM);
    TextTitle title = new TextTitle(text, new Font(FONT, style, size));
    title.setPosition(edge);
    title.setHorizontalAlignment(footer ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
    title.setPaint(footer ? new Color(0x55, 0x55, 0x55) : Color.BLACK);
    return title;
  }

  /** Low–high bars, the row asked about in the highlight colour. */
  private static final class HighlightingBars extends IntervalBarRenderer {
    private static final long serialVersionUID = 1L;
    private final boolean[] highlighted;

    HighlightingBars(List<Row> rows) {
      highlighted = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        highlighted[i] = rows.get(i).highlighted();
      }
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return column < highlighted.length && highlighted[column]
          ? HIGHLIGHT
          : super.getItemPaint(row, column);
    }
  }
}
