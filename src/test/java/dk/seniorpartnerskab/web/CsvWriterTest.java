package dk.seniorpartnerskab.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

	private static String csv(List<String> header, List<List<String>> rows) {
		return new String(CsvWriter.toBytes(header, rows), StandardCharsets.UTF_8);
	}

	@Test
	void everyCellThatASpreadsheetWouldRunAsAFormulaComesOutAsText() {
		String text = csv(List.of("Navn"), List.of(List.of("=HYPERLINK(\"http://evil\",\"Klik\")"), List.of("+45 1234"),
				List.of("-2+3"), List.of("@SUM(A1)"), List.of("\tTAB"), List.of("\rCR")));
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Klik\"\")\"", "'+45 1234", "'-2+3",
				"'@SUM(A1)", "'\tTAB");
		assertThat(text.lines().skip(1)).noneMatch(line -> !line.isEmpty() && "=+-@".indexOf(line.charAt(0)) >= 0);
	}

	@Test
	void ordinaryCellsAreUnchangedAndTheFileIsWhatDanishExcelOpens() {
		String text = csv(List.of("Kommune", "Antal"), List.of(List.of("Århus; Nord", "3"), List.of("Ærø", "")));
		assertThat(text).startsWith("\uFEFFKommune;Antal\r\n").contains("\"Århus; Nord\";3\r\n", "Ærø;\r\n");
	}

	@Test
	void nullCellsAreEmpty() {
		assertThat(CsvWriter.inert(null)).isEmpty();
		assertThat(CsvWriter.inert("a=b")).isEqualTo("a=b");
	}

}
