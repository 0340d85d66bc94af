package dk.seniorpartnerskab.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The editions; "current" is the published edition the public pages show. */
public interface EditionRepository extends JpaRepository<Edition, Long> {

	List<Edition> findAllByOrderByRegistrationOpensDesc();

	Optional<Edition> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * The published edition whose course has not ended, the one opening latest first;
	 * when several run at once the public pages show the newest.
	 */
	@Query("""
			select e from Edition e where e.status = EditionStatus.PUBLISHED
			and e.courseEnd >= :today order by e.registrationOpens desc limit 1""")
	Optional<Edition> findCurrent(LocalDate today);

}
