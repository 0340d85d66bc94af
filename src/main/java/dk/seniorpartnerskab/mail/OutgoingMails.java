package dk.seniorpartnerskab.mail;

import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox rows. */
public interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

	long countByStatus(MailStatus status);

}
