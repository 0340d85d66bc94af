package dk.seniorpartnerskab.mail;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The outbox rows. */
public interface OutgoingMailRepository
		extends JpaRepository<OutgoingMail, Long>, JpaSpecificationExecutor<OutgoingMail> {

	long countByStatus(MailStatus status);

	List<OutgoingMail> findByStatus(MailStatus status);

	@EntityGraph(attributePaths = "attachments")
	Optional<OutgoingMail> findWithAttachmentsById(long id);

	@EntityGraph(attributePaths = "attachments")
	List<OutgoingMail> findWithAttachmentsByIdIn(Collection<Long> ids);

	/**
	 * How many mails with this reference (e.g. {@code outreach:7}) are in each status.
	 */
	@Query("select m.status, count(m) from OutgoingMail m where m.reference = :reference group by m.status")
	List<Object[]> countStatusesByReference(String reference);

	/** The kinds of mail written so far, for the mail log's filter. */
	@Query("select distinct m.kind from OutgoingMail m order by m.kind")
	List<String> findKinds();

}
