package dk.seniorpartnerskab.staff;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per staff user and locks the account after too many; see
 * {@link StaffUser#recordFailedLogin}. Logs carry the user id, never the e-mail address.
 */
@Component
class LoginAttemptListener {

	private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

	private final StaffUserRepository users;

	private final Clock clock;

	LoginAttemptListener(StaffUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		users.findByEmail(String.valueOf(event.getAuthentication().getName()).trim()).ifPresent(user -> {
			user.recordFailedLogin(clock.instant());
			if (user.isLocked(clock.instant())) {
				log.warn("Staff user {} locked after repeated failed logins", user.getId());
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		users.findByEmail(event.getAuthentication().getName()).ifPresent(StaffUser::recordSuccessfulLogin);
	}

}
