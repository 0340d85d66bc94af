package dk.seniorpartnerskab.staff;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Staff users; e-mail addresses are unique regardless of case. */
public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	@Query("select u from StaffUser u where lower(u.email) = lower(:email)")
	Optional<StaffUser> findByEmail(String email);

	default boolean existsByEmail(String email) {
		return findByEmail(email).isPresent();
	}

	boolean existsByRoleAndActiveTrue(Role role);

	/** Every active admin, locked for the rest of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from StaffUser u where u.role = dk.seniorpartnerskab.staff.Role.ADMIN and u.active = true order by u.id")
	List<StaffUser> lockActiveAdmins();

	List<StaffUser> findAllByOrderByNameAsc();

}
