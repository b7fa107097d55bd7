package com.browseract.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws the distribution (CDF) of completion delays of each waiting scenario into a PNG. */
final class DelayChart {
  private DelayChart() {}

  /** Delays in seconds, with zero shown as 10 ms so that it fits a log scale. */
  private static double seconds(long millis) {
    return Math.max(millis, 10) / 1000.0;
  }

  static void write(Path png, Map<String, long[]> delaysByScenario, long capMillis) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, long[]> scenario : delaysByScenario.entrySet()) {
      long[] sorted = scenario.getValue().clone();
      Arrays.sort(sorted);
      XYSeries series = new XYSeries(scenario.getKey());
      int step = Math.max(1, sorted.length / 500);
      for (int i = 0; i < sorted.length; i += step) {
        series.add(seconds(sorted[i]), 100.0 * (i + 1) / sorted.length);
      }
      series.add(seconds(sorted[sorted.length - 1]), 100.0);
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        "Task finished → future completed (" + delaysByScenario.values().iterator().next().length + " tasks)",
        "delay (s); target: p99 ≤ " + capMillis * 11 / 10_000.0 + " s", "% of tasks", data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    plot.setRenderer(renderer);
    // The baseline's delays run to minutes, the SDK's to seconds: a log scale shows both.
    LogAxis delay = new LogAxis(plot.getDomainAxis().getLabel());
    delay.setSmallestValue(0.01);
    delay.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
    plot.setDomainAxis(delay);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
  }
}
