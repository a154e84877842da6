package dev.ratebot.adapter.chart;

import java.util.Arrays;
import java.util.Objects;

/** A drawn chart: PNG bytes, their size in pixels, a file name and a text alternative. */
public final class ChartImage {
  /** The file name every surface gives a chart. */
  public static final String FILE_NAME = "chart.png";

  private final byte[] png;
  private final int width;
  private final int height;
  private final String altText;

  /**
   * @param png the PNG bytes
   * @param width the width in pixels
   * @param height the height in pixels
   * @param altText what the chart shows, in words, for screen readers and fallbacks
   */
  public ChartImage(byte[] png, int width, int height, String altText) {
    this.png = Objects.requireNonNull(png, "png").clone();
    this.width = width;
    this.height = height;
    this.altText = Objects.requireNonNull(altText, "altText");
    if (png.length == 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a chart needs bytes and a positive size");
    }
  }

  /** A copy of the PNG bytes. */
  public byte[] png() {
    return png.clone();
  }

  /** The number of PNG bytes. */
  public int size() {
    return png.length;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public String altText() {
    return altText;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChartImage that
        && width == that.width
        && height == that.height
        && altText.equals(that.altText)
        && Arrays.equals(png, that.png);
  }

  @Override
  public int hashCode() {
    return Objects.hash(width, height, altText, Arrays.hashCode(png));
  }

  @Override
  public String toString() {
    return "ChartImage[" + width + "×" + height + ", " + png.length + " bytes]";
  }
}
