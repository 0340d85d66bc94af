package dk.seniorpartnerskab.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A file the municipality attached (PDF, DOCX or ODT, checked by content). The bytes live
 * in their own row and are loaded only when staff download the file; attachments are
 * never served publicly.
 */
@Entity
@Table(name = "registration_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "content_id")
	private AttachmentContent content;

	protected Attachment() {
	}

	public Attachment(String fileName, String contentType, byte[] bytes) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = bytes.length;
		this.content = new AttachmentContent(bytes);
	}

	public Long getId() {
		return id;
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

	/** The bytes; reading them loads the content row (inside a transaction). */
	public byte[] getBytes() {
		return content.getBytes();
	}

}
