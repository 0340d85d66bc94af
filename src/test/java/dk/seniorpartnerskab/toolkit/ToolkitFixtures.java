package dk.seniorpartnerskab.toolkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import dk.seniorpartnerskab.web.UploadedFile;

/** Toolkits and files for tests: built through the module's own API, as staff would. */
@Component
public class ToolkitFixtures {

	private final ToolkitManagement management;

	private final ToolkitRepository toolkits;

	ToolkitFixtures(ToolkitManagement management, ToolkitRepository toolkits) {
		this.management = management;
		this.toolkits = toolkits;
	}

	/**
	 * A small but real-looking PDF whose bytes carry {@code text}, so two versions
	 * differ.
	 */
	public static byte[] pdf(String text) {
		var body = new StringBuilder("%PDF-1.4\n");
		for (int i = 0; i < 40; i++) {
			body.append("% ").append(text).append(' ').append(i).append('\n');
		}
		return body.append("%%EOF\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A minimal Word document (the zip entries that make it one). */
	public static byte[] docx() {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public Toolkit draft(String title, String slug) {
		var toolkit = new Toolkit(title, slug, "Kort om " + title);
		toolkit.update(title, slug, "Kort om " + title, "Tekst om **" + title + "**.", 10, null);
		return management.create(toolkit, "staff@kl.dk");
	}

	public Toolkit published(String title, String slug) {
		return management.publish(draft(title, slug).getId(), "staff@kl.dk");
	}

	public ToolkitFile addPdf(Toolkit toolkit, String fileTitle, String fileName, byte[] content) {
		return management.addFile(toolkit.getId(), fileTitle,
				UploadedFile.check(fileName, content, ToolkitManagement.FILE_RULES), "Første udgave", "staff@kl.dk");
	}

	public ToolkitFileVersion addVersion(Toolkit toolkit, ToolkitFile file, String fileName, byte[] content,
			String note) {
		return management.addVersion(toolkit.getId(), file.getId(),
				UploadedFile.check(fileName, content, ToolkitManagement.FILE_RULES), note, "staff@kl.dk");
	}

	public Toolkit reload(Toolkit toolkit) {
		return toolkits.findById(toolkit.getId()).orElseThrow();
	}

}
