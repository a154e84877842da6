/**
 * Charts of an answer's rows, drawn headless with JFreeChart as PNG: the one place that knows the
 * charting library, used by every surface that shows an image.
 */
package dev.ratebot.adapter.chart;
