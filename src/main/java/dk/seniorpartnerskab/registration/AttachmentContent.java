package dk.seniorpartnerskab.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, kept apart so lists and pages never load them. */
@Entity
@Table(name = "registration_attachment_content")
class AttachmentContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private byte[] content;

	protected AttachmentContent() {
	}

	AttachmentContent(byte[] content) {
		this.content = content;
	}

	byte[] getBytes() {
		return content;
	}

}
