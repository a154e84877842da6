// Times chart rendering (docs/PERFORMANCE.md#charts). Run as a single-file program with the
// compiled classes and dependencies on the class path; see that section for the command.
import dev.ratebot.adapter.chart.ChartImage;
import dev.ratebot.adapter.chart.ChartRenderer;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.reply.Chart;
import java.util.Arrays;

public class ChartBench {
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    var handler = Wiring.bundledHandler();
    var answer = ((Chart) handler.handle(new Request("senior python latam chart", "b", "", Platform.CONSOLE))).answer();
    ChartRenderer renderer = new ChartRenderer();
    long t0 = System.nanoTime();
    ChartImage first = renderer.render(answer);
    System.out.printf("first render (cold JVM): %.0f ms, %d bytes%n", (System.nanoTime() - t0) / 1e6, first.size());
    for (int i = 0; i < 50; i++) renderer.render(answer);
    int n = 200;
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      renderer.render(answer);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("warm: median %.1f ms, p90 %.1f ms, max %.1f ms over %d renders%n", ms[n / 2], ms[n * 9 / 10], ms[n - 1], n);
  }
}
