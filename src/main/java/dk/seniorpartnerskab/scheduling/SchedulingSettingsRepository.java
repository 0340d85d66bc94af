package dk.seniorpartnerskab.scheduling;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reminder settings per edition; an edition without a row uses the defaults. */
public interface SchedulingSettingsRepository extends JpaRepository<SchedulingSettings, Long> {

	default SchedulingSettings forEdition(long editionId) {
		return findById(editionId).orElseGet(() -> new SchedulingSettings(editionId));
	}

}
