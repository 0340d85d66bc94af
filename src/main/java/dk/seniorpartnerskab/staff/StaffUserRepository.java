package dk.seniorpartnerskab.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Staff users; e-mail addresses are unique regardless of case. */
public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	@Query("select u from StaffUser u where lower(u.email) = lower(:email)")
	Optional<StaffUser> findByEmail(String email);

	default boolean existsByEmail(String email) {
		return findByEmail(email).isPresent();
	}

	boolean existsByRoleAndActiveTrue(Role role);

	List<StaffUser> findAllByOrderByNameAsc();

}
