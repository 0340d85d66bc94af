package dk.seniorpartnerskab.staff;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff users for login; a deactivated or locked user is refused by Spring
 * Security's checks.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	private final Clock clock;

	StaffUserDetailsService(StaffUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var user = users.findByEmail(username.trim()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return User.withUsername(user.getEmail())
			.password(user.getPasswordHash())
			.authorities(user.getRole().authority())
			.disabled(!user.isActive())
			.accountLocked(user.isLocked(clock.instant()))
			.build();
	}

}
