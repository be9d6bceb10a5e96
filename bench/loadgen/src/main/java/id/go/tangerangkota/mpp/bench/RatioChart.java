package id.go.tangerangkota.mpp.bench;

import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart of maximum throughput relative to the direct call: nginx and the hub, per
 * scenario and back-end delay, with the 0.9 target drawn across. Plain SVG, no library.
 */
final class RatioChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 440;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 90;
    private static final String[] COLOURS = {"#9ecae1", "#3182bd", "#fdae6b", "#e6550d"};

    private final List<Scenario> scenarios;
    private final Figures figures;
    private final BenchPlan plan;

    RatioChart(List<Scenario> scenarios, List<Measurement> measurements, BenchPlan plan) {
        this.scenarios = scenarios;
        this.figures = new Figures(measurements);
        this.plan = plan;
    }

    String svg() {
        List<Integer> delays = plan.delaysMs();
        double top = 1.2;
        for (Scenario scenario : scenarios) {
            for (int delay : delays) {
                for (Target target : List.of(Target.NGINX, Target.HUB)) {
                    double ratio = figures.throughputRatio(scenario.id(), delay, target, Target.DIRECT);
                    if (!Double.isNaN(ratio)) {
                        top = Math.max(top, Math.ceil(ratio * 5) / 5);
                    }
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"16\">Maximum throughput relative"
                + " to the direct call (64 connections, %s run)</text>%n", LEFT, plan.name()));
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        for (double tick = 0; tick <= top + 1e-9; tick += 0.2) {
            double y = TOP + plotHeight * (1 - tick / top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", LEFT, WIDTH - RIGHT, y, y,
                    LEFT - 6, y + 4, tick));
        }
        double targetY = TOP + plotHeight * (1 - 0.9 / top);
        // The target's label goes above the plot, where no bar can cover it.
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c00\""
                + " stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%d\" fill=\"#c00\" text-anchor=\"end\">dashed:"
                + " target 0.9 (hub, 30 ms, scenarios 1-3)</text>%n", LEFT, WIDTH - RIGHT, targetY, targetY,
                WIDTH - RIGHT, TOP - 14));
        int bars = delays.size() * 2;
        double group = plotWidth / (double) scenarios.size();
        double barWidth = (group - 24) / bars;
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario scenario = scenarios.get(s);
            double x0 = LEFT + s * group + 12;
            int bar = 0;
            for (int delay : delays) {
                for (Target target : List.of(Target.NGINX, Target.HUB)) {
                    double ratio = figures.throughputRatio(scenario.id(), delay, target, Target.DIRECT);
                    double value = Double.isNaN(ratio) ? 0 : ratio;
                    double h = plotHeight * value / top;
                    double x = x0 + bar * barWidth;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                            + " fill=\"%s\"><title>%s %s %d ms: %.2f</title></rect>%n", x, TOP + plotHeight - h,
                            barWidth - 2, h, COLOURS[bar % COLOURS.length], scenario.id(), target.label(), delay, value));
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                            + " font-size=\"10\">%.2f</text>%n", x + (barWidth - 2) / 2, TOP + plotHeight - h - 3, value));
                    bar++;
                }
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d. %s</text>%n",
                    LEFT + s * group + group / 2, TOP + plotHeight + 18, s + 1, scenario.id()));
        }
        int legendX = LEFT;
        int bar = 0;
        for (int delay : delays) {
            for (Target target : List.of(Target.NGINX, Target.HUB)) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\">%s / direct, back end %d ms</text>%n", legendX, HEIGHT - 40,
                        COLOURS[bar % COLOURS.length], legendX + 20, HEIGHT - 28, target.label(), delay));
                legendX += 215;
                bar++;
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }
}
