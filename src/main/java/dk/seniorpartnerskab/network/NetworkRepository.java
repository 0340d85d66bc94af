package dk.seniorpartnerskab.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The networks; names are unique within an edition regardless of case. */
public interface NetworkRepository extends JpaRepository<Network, Long> {

	List<Network> findByEditionIdOrderByNameAsc(long editionId);

	@Query("select count(n) > 0 from Network n where n.editionId = :editionId and lower(n.name) = lower(:name)")
	boolean existsByEditionIdAndName(long editionId, String name);

}
