package dk.seniorpartnerskab.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff users for login; a deactivated user is refused by Spring Security's checks.
 * Delays after failed logins are applied before, by {@link LoginThrottleFilter}.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	StaffUserDetailsService(StaffUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var user = users.findByEmail(username.trim()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return User.withUsername(user.getEmail())
			.password(user.getPasswordHash())
			// A deactivated user keeps no role: a passkey login (which does not look at
			// the
			// disabled flag) then reaches nothing.
			.authorities(user.isActive() ? new String[] { user.getRole().authority() } : new String[0])
			.disabled(!user.isActive())
			.build();
	}

}
