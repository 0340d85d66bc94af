package dk.seniorpartnerskab.outreach;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The messages, newest first for the list. */
public interface OutreachMessageRepository extends JpaRepository<OutreachMessage, Long> {

	List<OutreachMessage> findAllByOrderByCreatedAtDescIdDesc();

	List<OutreachMessage> findByEditionIdAndStatus(long editionId, MessageStatus status);

}
