package dk.seniorpartnerskab.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import dk.seniorpartnerskab.toolkit.ToolkitFixtures;
import dk.seniorpartnerskab.web.UploadedFile.RefusedUpload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFileTest {

	private static final UploadedFile.Rules RULES = new UploadedFile.Rules(EnumSet.allOf(FileType.class),
			25L * 1024 * 1024);

	@Test
	void aPdfNamedPdfIsAcceptedWithItsHash() {
		var upload = UploadedFile.check("Håndbog.pdf", ToolkitFixtures.pdf("a"), RULES);
		assertThat(upload.type()).isEqualTo(FileType.PDF);
		assertThat(upload.fileName()).isEqualTo("Håndbog.pdf");
		assertThat(upload.sha256()).hasSize(64).matches("[0-9a-f]+");
	}

	@Test
	void aWordDocumentNamedPdfIsRefused() {
		assertThatThrownBy(() -> UploadedFile.check("haandbog.pdf", ToolkitFixtures.docx(), RULES))
			.isInstanceOfSatisfying(RefusedUpload.class, e -> {
				assertThat(e.code()).isEqualTo("upload.wrongName");
				assertThat(e.arguments()).containsExactly("haandbog.pdf", "DOCX", "docx");
			});
	}

	@Test
	void textNamedPdfIsRefusedAsNotWhatItsNameSays() {
		assertThatThrownBy(
				() -> UploadedFile.check("rapport.pdf", "bare tekst".getBytes(StandardCharsets.UTF_8), RULES))
			.isInstanceOfSatisfying(RefusedUpload.class, e -> assertThat(e.code()).isEqualTo("upload.notWhatNameSays"));
	}

	@Test
	void anExecutableIsRefusedAsAnUnknownType() {
		assertThatThrownBy(() -> UploadedFile.check("program.exe", new byte[] { 'M', 'Z', 0, 0, 0, 0 }, RULES))
			.isInstanceOfSatisfying(RefusedUpload.class, e -> assertThat(e.code()).isEqualTo("upload.unknownType"));
	}

	@Test
	void filesOver25MegabytesAreRefused() {
		byte[] big = new byte[(int) RULES.maxSize() + 1];
		System.arraycopy(ToolkitFixtures.pdf("x"), 0, big, 0, 10);
		assertThatThrownBy(() -> UploadedFile.check("stor.pdf", big, RULES)).isInstanceOfSatisfying(RefusedUpload.class,
				e -> assertThat(e.code()).isEqualTo("upload.tooLarge"));
	}

	@Test
	void namesLoseTheirPathAndCharactersUnsafeInHeaders() {
		assertThat(UploadedFile.safeName("C:\\Users\\x\\Materiale til \"seniorsamtalen\";.pdf"))
			.isEqualTo("Materiale til _seniorsamtalen__.pdf");
		assertThat(UploadedFile.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(UploadedFile.safeName("a\r\nb.pdf")).isEqualTo("a__b.pdf");
		assertThat(UploadedFile.safeName("...")).isEqualTo("fil");
		assertThat(UploadedFile.safeName("x".repeat(300) + ".docx")).hasSize(120).endsWith(".docx");
	}

	@Test
	void theAsciiFallbackNameSpellsDanishLetters() {
		assertThat(UploadedFile.asciiName("Håndbog til ældre og søde.pdf"))
			.isEqualTo("Haandbog til aeldre og soede.pdf");
	}

}
