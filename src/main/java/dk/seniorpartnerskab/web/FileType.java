package dk.seniorpartnerskab.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Upload types we accept, recognised by their content, never by the file name or the
 * browser's claim. PDF by its {@code %PDF-} header; the Office Open XML formats by their
 * zip entries ({@code word/}, {@code xl/}, {@code ppt/} next to
 * {@code [Content_Types].xml}); ODF text by its {@code mimetype} entry.
 */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	/**
	 * Zip entries read at most while looking for the telling ones (a zip bomb gets no
	 * further).
	 */
	private static final int MAX_ENTRIES = 2000;

	private final String contentType;

	private final String extension;

	FileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** What the bytes are, if they are one of the accepted types. */
	public static Optional<FileType> detect(byte[] content) {
		if (content == null || content.length < 5) {
			return Optional.empty();
		}
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return detectZip(content);
		}
		return Optional.empty();
	}

	private static Optional<FileType> detectZip(byte[] content) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		boolean powerpoint = false;
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			for (int i = 0; i < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
				String name = entry.getName();
				if (name.equals("mimetype")) {
					byte[] mimetype = zip.readNBytes(100);
					if (new String(mimetype, StandardCharsets.US_ASCII).trim().equals(ODT.contentType)) {
						return Optional.of(ODT);
					}
				}
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
				powerpoint |= name.startsWith("ppt/");
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (!contentTypes) {
			return Optional.empty();
		}
		if (word) {
			return Optional.of(DOCX);
		}
		if (excel) {
			return Optional.of(XLSX);
		}
		return powerpoint ? Optional.of(PPTX) : Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
