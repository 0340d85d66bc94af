package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The meetings of all editions. */
public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	/** An edition's meetings, dated ones by time, drafts without a date last. */
	@Query("select m from Meeting m where m.editionId = :editionId order by m.startsAt asc nulls last, m.id")
	List<Meeting> findByEdition(long editionId);

	@Query("""
			select m from Meeting m where m.status = MeetingStatus.PLANNED
			and (m.networkId = :networkId or (m.networkId is null and m.editionId = :editionId))
			and m.startsAt >= :from order by m.startsAt""")
	List<Meeting> findPlannedFor(long editionId, Long networkId, Instant from);

	/** A network's meetings (not the edition-wide ones), by time. */
	List<Meeting> findByNetworkIdOrderByStartsAtAsc(Long networkId);

	long countByEditionIdAndNetworkIdAndKind(long editionId, Long networkId, MeetingKind kind);

}
