package dk.seniorpartnerskab.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartsTest {

	private final Charts charts = new Charts();

	@Test
	void drawsABarChartAsScalableSvgWithItsDanishLabels() {
		var chart = new Chart("per-region", Chart.Kind.BAR, "Dækning pr. region", "Region", "Procent",
				List.of("Nordjylland", "Sjælland"), List.of(Chart.Series.of("Tilmeldt", List.of(45.5, 12))));

		String svg = charts.svg(chart);

		var document = Jsoup.parse(svg, "", Parser.xmlParser());
		var root = document.selectFirst("svg");
		assertThat(root).isNotNull();
		assertThat(root.attr("viewBox")).isEqualTo("0.0 0.0 720.0 360.0");
		assertThat(root.attr("width")).startsWith("720");
		assertThat(charts.draw(chart).dataUri()).startsWith("data:image/svg+xml;base64,");
		assertThat(document.text()).contains("Nordjylland", "Sjælland", "Region");
	}

	@Test
	void drawsLinesWithGapsAndHorizontalBarsTallerForManyCategories() {
		var days = List.of("-3", "-2", "-1", "0");
		var line = new Chart("per-day", Chart.Kind.LINE, "Tilmeldinger", "Dage før fristen", "Antal", days,
				List.of(Chart.Series.of("2025", List.of(1, 3, 7, 9)),
						Chart.Series.of("2023", Arrays.asList(2, 4, null, null))));
		assertThat(charts.svg(line)).contains("<svg").contains("2023");

		var many = IntStream.range(0, 30).mapToObj(i -> "Møde " + i).toList();
		var bars = new Chart("meetings", Chart.Kind.HORIZONTAL_BAR, "Fremmøde", "Møde", "Deltagere", many,
				List.of(Chart.Series.of("Mødt", many.stream().map(m -> 1).toList())));
		var root = Jsoup.parse(charts.svg(bars), "", Parser.xmlParser()).selectFirst("svg");
		assertThat(root.attr("viewBox")).isEqualTo("0.0 0.0 720.0 900.0");
	}

	@Test
	void formatsTableValuesInDanishAndLeavesMissingOnesEmpty() {
		var chart = new Chart("x", Chart.Kind.BAR, "T", "K", "V", List.of("a", "b"),
				List.of(Chart.Series.of("s", Arrays.asList(1234.56, null))));
		assertThat(chart.formatted(0, 0)).isEqualTo("1.234,6");
		assertThat(chart.formatted(0, 1)).isEmpty();
	}

	@Test
	void refusesASeriesThatDoesNotMatchTheCategories() {
		assertThatThrownBy(() -> new Chart("x", Chart.Kind.BAR, "T", "K", "V", List.of("a", "b"),
				List.of(Chart.Series.of("s", List.of(1)))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
