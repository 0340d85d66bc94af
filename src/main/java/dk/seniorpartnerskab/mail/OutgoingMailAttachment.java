package dk.seniorpartnerskab.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attachment stored with its outbox row. */
@Entity
@Table(name = "outgoing_mail_attachment")
public class OutgoingMailAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	private byte[] content;

	protected OutgoingMailAttachment() {
	}

	OutgoingMailAttachment(MailAttachment attachment) {
		this.fileName = attachment.fileName();
		this.contentType = attachment.contentType();
		this.content = attachment.content();
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	/** Size in bytes. */
	public int getSize() {
		return content.length;
	}

	byte[] getContent() {
		return content;
	}

	void maskSecrets() {
		byte[] masked = MailSecrets.maskAttachment(contentType, content);
		if (masked != content) {
			this.content = masked;
		}
	}

}
