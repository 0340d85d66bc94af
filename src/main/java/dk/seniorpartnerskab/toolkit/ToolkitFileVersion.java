package dk.seniorpartnerskab.toolkit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.seniorpartnerskab.web.FileType;

/**
 * One uploaded version of a toolkit file: what it is (type found from the content), its
 * name, size and SHA-256 (the download's ETag), a change note, and who uploaded it when.
 * The bytes are stored apart ({@link ToolkitFileContents}). The download count is only
 * ever changed by an atomic update in the database, never written back from here.
 */
@Entity
@Table(name = "toolkit_file_version")
public class ToolkitFileVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "download_count", insertable = false, updatable = false)
	private long downloadCount;

	protected ToolkitFileVersion() {
	}

	ToolkitFileVersion(String fileName, FileType type, long size, String sha256, String changeNote, Instant uploadedAt,
			String uploadedBy) {
		this.fileName = fileName;
		this.contentType = type.contentType();
		this.size = size;
		this.sha256 = sha256;
		this.changeNote = changeNote;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	void numberAs(int number) {
		this.number = number;
	}

	/** The type's short name for people, e.g. {@code PDF} or {@code DOCX}. */
	public String getTypeName() {
		for (FileType type : FileType.values()) {
			if (type.contentType().equals(contentType)) {
				return type.name();
			}
		}
		return "";
	}

	/** The strong ETag of the bytes: their SHA-256, quoted. */
	public String getETag() {
		return "\"" + sha256 + "\"";
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public long getDownloadCount() {
		return downloadCount;
	}

}
