package dk.seniorpartnerskab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTest {

	static byte[] zip(String... entries) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry(entries[i]));
				zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void recognisesPdfByItsHeader() {
		assertThat(FileType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
	}

	@Test
	void recognisesOfficeFilesByTheirZipEntries() throws IOException {
		assertThat(FileType.detect(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")))
			.contains(FileType.DOCX);
		assertThat(FileType.detect(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>")))
			.contains(FileType.XLSX);
		assertThat(FileType.detect(zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")))
			.contains(FileType.PPTX);
		assertThat(FileType.detect(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<c/>")))
			.contains(FileType.ODT);
	}

	@Test
	void refusesWhatOnlyPretends() throws IOException {
		assertThat(FileType.detect("MZ executable renamed to .pdf".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(FileType.detect(zip("readme.txt", "just a zip"))).isEmpty();
		assertThat(FileType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileType.detect(new byte[0])).isEmpty();
	}

}
