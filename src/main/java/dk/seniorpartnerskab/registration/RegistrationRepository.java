package dk.seniorpartnerskab.registration;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The registrations. "Active" means neither rejected nor withdrawn. */
public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	List<Registration> findByEditionIdOrderBySubmittedAt(long editionId);

	List<Registration> findByEditionIdAndStatusOrderBySubmittedAt(long editionId, RegistrationStatus status);

	List<Registration> findByEditionIdAndNetworkIdAndStatusOrderBySubmittedAt(long editionId, long networkId,
			RegistrationStatus status);

	/**
	 * The edition's registrations in the status, in the order they came, for placing: a
	 * projection, so only these fields are read.
	 */
	List<RegistrationPlacement> findPlacementsByEditionIdAndStatusOrderBySubmittedAt(long editionId,
			RegistrationStatus status);

	@Query("""
			select count(r) from Registration r where r.editionId = :editionId
			and r.status not in (RegistrationStatus.REJECTED,
			RegistrationStatus.WITHDRAWN)""")
	long countActive(long editionId);

	@Query("""
			select count(r) > 0 from Registration r where r.editionId = :editionId and r.municipalityCode = :code
			and r.status <> RegistrationStatus.WITHDRAWN""")
	boolean isMunicipalityRegistered(long editionId, int code);

	/** Municipalities holding a place in the edition (any status but withdrawn). */
	@Query("""
			select r.municipalityCode from Registration r where r.editionId = :editionId
			and r.status <> RegistrationStatus.WITHDRAWN""")
	Set<Integer> registeredMunicipalityCodes(long editionId);

	/**
	 * The registration holding the municipality's place in the edition (any status but
	 * withdrawn).
	 */
	@Query("""
			select r from Registration r where r.editionId = :editionId and r.municipalityCode = :code
			and r.status <> RegistrationStatus.WITHDRAWN""")
	Optional<Registration> findHolding(long editionId, int code);

	Optional<Registration> findBySubmissionToken(String submissionToken);

	Optional<Registration> findByPrivateTokenHash(String privateTokenHash);

	@Query("select r from Registration r where r.editionId = :editionId and lower(r.contactEmail) = lower(:email)")
	List<Registration> findByEditionIdAndContactEmail(long editionId, String email);

	List<Registration> findByNetworkId(long networkId);

	/** A municipality's registrations in every edition, oldest first (its history). */
	List<Registration> findByMunicipalityCodeOrderBySubmittedAt(int municipalityCode);

}
