package dk.seniorpartnerskab.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

/** Retention settings per edition; an edition without a row has the defaults. */
public interface EditionRetentionRepository extends JpaRepository<EditionRetention, Long> {

}
