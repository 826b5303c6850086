package io.lineup.web.run;

import java.util.List;
import java.util.Locale;

/** A bar chart as inline SVG, drawn on the server: no chart library in the browser. */
record BarChart(String title, String unit, List<Bar> bars) {

  record Bar(String label, double value) {}

  private static final int WIDTH = 520;
  private static final int HEIGHT = 180;
  private static final int LEFT = 40;
  private static final int BOTTOM = 24;
  private static final int TOP = 18;

  String svg() {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " aria-label=\"%s\"><title>%s</title>",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            escape(title),
            escape(title)));
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    double top = max <= 0 ? 1 : max;
    int plotHeight = HEIGHT - BOTTOM - TOP;
    int plotWidth = WIDTH - LEFT - 10;
    svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
    svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM));
    svg.append(text(2, TOP + 4, format(top) + " " + unit));
    svg.append(text(2, HEIGHT - BOTTOM, "0"));
    svg.append(text(LEFT, 12, title));
    if (!bars.isEmpty()) {
      double step = (double) plotWidth / bars.size();
      int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 12.0));
      for (int i = 0; i < bars.size(); i++) {
        Bar bar = bars.get(i);
        double h = bar.value() / top * plotHeight;
        double width = Math.max(1, Math.min(24, step * 0.7));
        double x = LEFT + i * step + (step - width) / 2;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    + " fill=\"#1b5fbf\"><title>%s: %s %s</title></rect>",
                x,
                HEIGHT - BOTTOM - h,
                width,
                h,
                escape(bar.label()),
                format(bar.value()),
                escape(unit)));
        if (i % labelEvery == 0) {
          svg.append(text((int) x, HEIGHT - 8, bar.label()));
        }
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return String.format(
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c5ced8\"/>", x1, y1, x2, y2);
  }

  private static String text(int x, int y, String s) {
    return String.format("<text x=\"%d\" y=\"%d\">%s</text>", x, y, escape(s));
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
