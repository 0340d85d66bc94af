package dk.seniorpartnerskab.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An upload that passed the one set of rules every upload follows (registration
 * attachments, toolkit files): not empty, within the feature's size limit, its content
 * one of the feature's accepted types (recognised by content, {@link FileType}), and its
 * name saying the same type as its content (a Word file named {@code .pdf} is refused,
 * not stored). Holds the safe name it will be downloaded as and the SHA-256 of the bytes.
 */
public final class UploadedFile {

	private static final int MAX_NAME_LENGTH = 120;

	/** What a feature accepts: the types and the largest size in bytes. */
	public record Rules(Set<FileType> types, long maxSize) {

		public Rules {
			types = Set.copyOf(types);
		}

		/** The accepted types for a Danish sentence: "PDF-, DOCX- eller ODT". */
		public String typesText() {
			List<String> names = Arrays.stream(FileType.values()).filter(types::contains).map(Enum::name).toList();
			if (names.size() == 1) {
				return names.get(0);
			}
			return String.join("-, ", names.subList(0, names.size() - 1)) + "- eller " + names.get(names.size() - 1);
		}

		public long maxMegabytes() {
			return maxSize / (1024 * 1024);
		}

	}

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
	 * Checks an upload against a feature's rules; a refusal carries the message code
	 * ({@code upload.*} in {@code messages/common.properties}) and arguments of the
	 * Danish text to show next to the field.
	 */
	public static UploadedFile check(String originalName, byte[] content, Rules rules) {
		String name = safeName(originalName);
		if (content == null || content.length == 0) {
			throw new RefusedUpload("upload.empty", name);
		}
		if (content.length > rules.maxSize()) {
			throw new RefusedUpload("upload.tooLarge", name, rules.maxMegabytes());
		}
		Optional<FileType> byContent = FileType.detect(content).filter(rules.types()::contains);
		Optional<FileType> byName = typeOfName(name).filter(rules.types()::contains);
		if (byContent.isEmpty()) {
			if (byName.isPresent()) {
				throw new RefusedUpload("upload.notWhatNameSays", name, byName.get().name());
			}
			throw new RefusedUpload("upload.unknownType", name, rules.typesText());
		}
		if (byName.isEmpty() || byName.get() != byContent.get()) {
			throw new RefusedUpload("upload.wrongName", name, byContent.get().name(), byContent.get().extension());
		}
		return new UploadedFile(name, byContent.get(), content);
	}

	/**
	 * A name that is safe in a path, a header and a file system: the last path segment,
	 * letters (Danish ones too), digits, spaces, dots, hyphens, underscores and brackets,
	 * at most 120 characters.
	 */
	public static String safeName(String originalName) {
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

	public static String sha256(byte[] content) {
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

	public byte[] content() {
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
