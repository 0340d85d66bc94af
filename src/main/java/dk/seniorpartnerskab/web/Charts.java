package dk.seniorpartnerskab.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;

/**
 * Draws a {@link Chart} as inline SVG on the server with JFreeChart and JFreeSVG: no
 * JavaScript, no CDN, no hand-made geometry. The SVG scales to its container (viewBox, no
 * fixed size); its numbers are also in the data table the chart fragment renders, which
 * is the text alternative. Use from templates as {@code th:replace="~{fragments/chart ::
 * chart(${chart})}"}, or {@code ${@charts.svg(chart)}}.
 */
@Component("charts")
public class Charts {

	/**
	 * Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by shape
	 * too.
	 */
	private static final List<Color> PALETTE = List.of(new Color(0x00, 0x49, 0x93), new Color(0xB3, 0x5C, 0x00),
			new Color(0x35, 0x80, 0x00), new Color(0x8A, 0x1C, 0x7C), new Color(0x58, 0x58, 0x58));

	private static final int WIDTH = 720;

	private static final int HEIGHT = 360;

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/**
	 * A chart with its drawing as a {@code data:} URI for an {@code <img>}, for
	 * {@code fragments/chart :: chart(drawn)}. An image, not inline SVG: the page's
	 * Content-Security-Policy (no inline styles) would strip JFreeSVG's style attributes
	 * from inline SVG, while an SVG image keeps its own styles and runs nothing.
	 */
	public record Drawn(Chart chart, String svg) {

		public String dataUri() {
			return "data:image/svg+xml;base64,"
					+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		}

	}

	public Drawn draw(Chart chart) {
		return new Drawn(chart, svg(chart));
	}

	/** The chart as an {@code <svg>} element that fills its container's width. */
	public String svg(Chart chart) {
		JFreeChart jfree = build(chart);
		int height = chart.kind() == Chart.Kind.HORIZONTAL_BAR ? Math.max(HEIGHT, 60 + 28 * chart.categories().size())
				: HEIGHT;
		var graphics = new SVGGraphics2D(WIDTH, height);
		graphics.setDefsKeyPrefix(chart.id() + "-");
		graphics.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
		jfree.draw(graphics, new Rectangle(0, 0, WIDTH, height));
		// Width and height make the image's intrinsic size (and ratio); CSS scales it to
		// the column.
		return graphics.getSVGElement(chart.id() + "-svg", true, new ViewBox(0, 0, WIDTH, height), null, null);
	}

	private JFreeChart build(Chart chart) {
		var dataset = new DefaultCategoryDataset();
		for (var series : chart.series()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				dataset.addValue(series.values().get(i), series.name(), chart.categories().get(i));
			}
		}
		JFreeChart jfree = switch (chart.kind()) {
			case BAR -> ChartFactory.createBarChart(null, chart.categoryLabel(), chart.valueLabel(), dataset,
					PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
			case HORIZONTAL_BAR -> ChartFactory.createBarChart(null, chart.categoryLabel(), chart.valueLabel(), dataset,
					PlotOrientation.HORIZONTAL, chart.series().size() > 1, false, false);
			case LINE -> ChartFactory.createLineChart(null, chart.categoryLabel(), chart.valueLabel(), dataset,
					PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
		};
		style(jfree, chart);
		return jfree;
	}

	private void style(JFreeChart jfree, Chart chart) {
		var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		var font = "SansSerif";
		theme.setExtraLargeFont(new Font(font, Font.BOLD, 18));
		theme.setLargeFont(new Font(font, Font.BOLD, 15));
		theme.setRegularFont(new Font(font, Font.PLAIN, 14));
		theme.setSmallFont(new Font(font, Font.PLAIN, 13));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.apply(jfree);
		jfree.setBackgroundPaint(Color.WHITE);
		jfree.setAntiAlias(true);
		if (jfree.getLegend() != null) {
			jfree.getLegend().setFrame(BlockBorder.NONE);
		}
		CategoryPlot plot = jfree.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xBF, 0xBF, 0xBF));
		var range = (NumberAxis) plot.getRangeAxis();
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(DANISH));
		range.setNumberFormatOverride(NumberFormat.getIntegerInstance(DANISH));
		range.setLabelPaint(Color.BLACK);
		range.setTickLabelPaint(Color.BLACK);
		CategoryAxis categories = plot.getDomainAxis();
		categories.setLabelPaint(Color.BLACK);
		categories.setTickLabelPaint(Color.BLACK);
		categories.setMaximumCategoryLabelLines(2);
		if (chart.kind() != Chart.Kind.HORIZONTAL_BAR && chart.categories().size() > 12) {
			categories.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
		}
		if (plot.getRenderer() instanceof BarRenderer bars) {
			bars.setItemMargin(0.05);
			bars.setDrawBarOutline(false);
		}
		if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
			lines.setDefaultShapesVisible(true);
		}
		for (int i = 0; i < chart.series().size(); i++) {
			plot.getRenderer().setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
			plot.getRenderer()
				.setSeriesStroke(i, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
						i == 0 ? null : new float[] { 8f, 6f }, 0f));
		}
	}

}
