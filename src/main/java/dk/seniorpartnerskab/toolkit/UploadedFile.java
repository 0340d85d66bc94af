package dk.seniorpartnerskab.toolkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import dk.seniorpartnerskab.web.FileType;

/**
 * An upload that passed the checks: at most 25 MB, its content one of the accepted types,
 * and its name saying the same type as its content (a Word file named {@code .pdf} is
 * refused, not stored). Holds the safe name it will be downloaded as and the SHA-256 of
 * the bytes.
 */
public final class UploadedFile {

	public static final long MAX_SIZE = 25L * 1024 * 1024;

	private static final int MAX_NAME_LENGTH = 120;

	private final String fileName;

	private final FileType type;

	private final byte[] content;

	private final String sha256;

	private UploadedFile(String fileName, FileType type, byte[] content) {
		this.fileName = fileName;
		this.type = type;
		this.content = content;
		this.sha256 = sha256(content);
	}

	/**
	 * Checks an upload; a refusal carries the message code and arguments of the Danish
	 * text to show next to the field.
	 */
	public static UploadedFile check(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new RefusedUpload("toolkit.file.empty");
		}
		if (content.length > MAX_SIZE) {
			throw new RefusedUpload("toolkit.file.tooLarge");
		}
		String name = safeName(originalName);
		Optional<FileType> byContent = FileType.detect(content);
		Optional<FileType> byName = typeOfName(name);
		if (byContent.isEmpty()) {
			if (byName.isPresent()) {
				throw new RefusedUpload("toolkit.file.notWhatNameSays", name, byName.get().name());
			}
			throw new RefusedUpload("toolkit.file.unknownType");
		}
		if (byName.isEmpty() || byName.get() != byContent.get()) {
			throw new RefusedUpload("toolkit.file.wrongName", name, byContent.get().name(),
					byContent.get().extension());
		}
		return new UploadedFile(name, byContent.get(), content);
	}

	/**
	 * A name that is safe in a path, a header and a file system: the last path segment,
	 * letters (Danish ones too), digits, spaces, dots, hyphens, underscores and brackets,
	 * at most 120 characters.
	 */
	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
			.replaceAll("\\s+", " ")
			.replaceAll("^[. ]+|[. ]+$", "");
		if (name.length() > MAX_NAME_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME_LENGTH - extension.length()).trim() + extension;
		}
		return name.isEmpty() ? "fil" : name;
	}

	private static Optional<FileType> typeOfName(String name) {
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (FileType type : FileType.values()) {
			if (type.extension().equals(extension)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The name as ASCII only, for old clients that cannot read the UTF-8 name in
	 * Content-Disposition.
	 */
	public static String asciiName(String fileName) {
		String decomposed = Normalizer.normalize(fileName.replace("æ", "ae")
			.replace("Æ", "Ae")
			.replace("ø", "oe")
			.replace("Ø", "Oe")
			.replace("å", "aa")
			.replace("Å", "Aa"), Normalizer.Form.NFD);
		return new String(decomposed.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9 ._()\\-]", "_")
			.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
	}

	public String fileName() {
		return fileName;
	}

	public FileType type() {
		return type;
	}

	public long size() {
		return content.length;
	}

	public String sha256() {
		return sha256;
	}

	byte[] content() {
		return content;
	}

	/** Why an upload is refused: a message code and its arguments. */
	public static final class RefusedUpload extends RuntimeException {

		private final String code;

		private final transient Object[] arguments;

		RefusedUpload(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = arguments;
		}

		public String code() {
			return code;
		}

		public Object[] arguments() {
			return arguments.clone();
		}

	}

}
