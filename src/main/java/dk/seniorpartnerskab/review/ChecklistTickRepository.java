package dk.seniorpartnerskab.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistTickRepository extends JpaRepository<ChecklistTick, Long> {

	List<ChecklistTick> findByRegistrationId(long registrationId);

	Optional<ChecklistTick> findByRegistrationIdAndItem(long registrationId, ChecklistItem item);

}
