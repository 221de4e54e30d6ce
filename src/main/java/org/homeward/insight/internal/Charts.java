package org.homeward.insight.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Insight's charts, drawn by JFreeChart and written as SVG by JFreeSVG, so that a page shows them without
 * JavaScript and a screen reader hears the chart's title and is pointed to the table beside it, which holds the
 * same figures. A value that may not be shown (a suppressed small count) is left out of the chart, not drawn as
 * nought. Colours are the GOV.UK palette's, distinguishable in greyscale.
 */
@Component
public class Charts {

    private static final Color[] COLOURS = {new Color(0x1d, 0x70, 0xb8), new Color(0xf4, 0x77, 0x38),
            new Color(0x50, 0x5a, 0x5f), new Color(0x00, 0x70, 0x3c), new Color(0x91, 0x2b, 0x88)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** How a chart is written: SVG for a page, a PNG image for a PDF (whose renderer draws no SVG). */
    public enum Medium { PAGE, PDF }

    /** One series of bars, one per label, in order; {@code values} null where a value may not be shown. */
    public String bars(String id, String title, List<String> labels, List<? extends Number> values) {
        return bars(Medium.PAGE, id, title, labels, values);
    }

    /** As {@link #bars(String, String, List, List)}, for the page or a PDF. */
    public String bars(Medium medium, String id, String title, List<String> labels, List<? extends Number> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), "Count", labels.get(i));
        }
        CategoryPlot plot = plot(data, labels.size() > 6);
        plot.setOrientation(labels.size() > 6 && longest(labels) > 12 ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, COLOURS[0]);
        renderer.setMaximumBarWidth(0.08);
        plot.setRenderer(renderer);
        int height = plot.getOrientation() == PlotOrientation.HORIZONTAL ? Math.max(200, 28 * labels.size() + 60) : 260;
        return drawn(medium, id, title, new JFreeChart(null, FONT, plot, false), 640, height);
    }

    /** Lines over the same categories (months), one per series, in the order given. */
    public String lines(String id, String title, List<String> categories, Map<String, List<? extends Number>> series) {
        return lines(Medium.PAGE, id, title, categories, series);
    }

    /** As {@link #lines(String, String, List, Map)}, for the page or a PDF. */
    public String lines(Medium medium, String id, String title, List<String> categories,
                        Map<String, List<? extends Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values.get(i), name, categories.get(i));
            }
        });
        CategoryPlot plot = plot(data, categories.size() > 8);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, i == 0 ? new BasicStroke(3f)
                    : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        }
        plot.setRenderer(renderer);
        JFreeChart chart = new JFreeChart(null, FONT, plot, series.size() > 1);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setItemFont(FONT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return drawn(medium, id, title, chart, 640, 280);
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, boolean slantLabels) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
        if (slantLabels) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis counts = new NumberAxis();
        counts.setTickLabelFont(FONT);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, categories, counts, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setOutlineVisible(false);
        return plot;
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String drawn(Medium medium, String id, String title, JFreeChart chart, int width, int height) {
        return medium == Medium.PAGE ? svg(id, title, chart, width, height) : png(title, chart, width, height);
    }

    /**
     * An image element (XHTML) holding the chart as a PNG at twice the size it is shown, so that it prints sharply;
     * its text alternative is the title, as the page's SVG is named.
     */
    private static String png(String title, JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        try {
            byte[] image = ChartUtils.encodeAsPNG(chart.createBufferedImage(width * 2, height * 2, width, height, null));
            return "<img class=\"app-chart\" width=\"" + width + "\" height=\"" + height + "\" alt=\""
                    + HtmlUtils.htmlEscape(title + " (the table below gives the figures)")
                    + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(image) + "\"/>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String svg(String id, String title, JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        String element = g.getSVGElement(id);
        String titleId = id + "-title";
        // Announced as one image named by its title; the figures are read from the table that follows it.
        return element.replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + titleId
                        + "\" focusable=\"false\" class=\"app-chart\" ")
                .replaceFirst(">", "><title id=\"" + titleId + "\">" + HtmlUtils.htmlEscape(title)
                        + " (the table below gives the figures)</title>");
    }
}
