package dk.seniorpartnerskab.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The invitations of all meetings. */
public interface InvitationRepository extends JpaRepository<Invitation, Long> {

	@Query("select i from Invitation i where i.meetingId = :meetingId order by i.municipalityCode, lower(i.name), i.id")
	List<Invitation> findByMeeting(long meetingId);

	@Query("select i from Invitation i where i.meetingId = :meetingId and i.withdrawnAt is null order by i.municipalityCode, lower(i.name), i.id")
	List<Invitation> findActiveByMeeting(long meetingId);

	Optional<Invitation> findByTokenHash(String tokenHash);

	/** The substitute this invitation's person named, unless withdrawn. */
	Optional<Invitation> findBySubstituteForIdAndWithdrawnAtIsNull(long substituteForId);

	boolean existsByMeetingId(long meetingId);

	List<Invitation> findByMeetingIdIn(Collection<Long> meetingIds);

	@Query("select i from Invitation i where lower(i.email) = lower(:email) and i.withdrawnAt is null")
	List<Invitation> findActiveByEmail(String email);

	@Query("select i from Invitation i where i.registrationId = :registrationId and i.withdrawnAt is null")
	List<Invitation> findActiveByRegistration(long registrationId);

}
