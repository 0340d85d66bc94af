package dk.seniorpartnerskab.staff;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.web.ClientAddress;

/**
 * Security events into the audit log, with the client address (ASVS V7.2): logins that
 * succeeded or failed, delays started by failures, logouts. Failures also feed the
 * {@link LoginThrottle}. Application logs carry user ids, never e-mail addresses.
 */
@Component
class SecurityEvents {

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private static final int MAX_NAME = 254;

	private final StaffUserRepository users;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	private final Clock clock;

	SecurityEvents(StaffUserRepository users, LoginThrottle throttle, AuditLog auditLog, Clock clock) {
		this.users = users;
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String name = event.getAuthentication().getName();
		users.findByEmail(name).ifPresent(user -> {
			user.recordSuccessfulLogin();
			auditLog.record(user.getEmail(), "login.succeeded", StaffManagement.target(user), null, null,
					method(event.getAuthentication()));
		});
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String name = clip(String.valueOf(event.getAuthentication().getName()).trim());
		var user = users.findByEmail(name);
		var target = user.map(StaffManagement::target).orElse(AuditTarget.of("staff_user"));
		String reason = event instanceof AuthenticationFailureDisabledEvent ? "deaktiveret"
				: event instanceof AuthenticationFailureBadCredentialsEvent ? "forkert e-mail eller adgangskode"
						: event.getException().getClass().getSimpleName();
		auditLog.record(name, "login.failed", target, null, null, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			String address = ClientAddress.current();
			if (address != null) {
				throttle.addressFailed(address, clock.instant());
			}
			user.ifPresent(u -> {
				if (u.recordFailedLogin(clock.instant())) {
					log.warn("Staff user {}: logins delayed after repeated failures", u.getId());
					auditLog.record(u.getEmail(), "login.delayed", target, null, String.valueOf(u.getLockedUntil()));
				}
			});
		}
	}

	/** A passkey login completes a password login that was waiting for it. */
	@EventListener
	public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (method(event.getAuthentication()).equals("passkey")
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var session = attributes.getRequest().getSession(false);
			if (session != null) {
				session.removeAttribute(SecondFactorPolicy.PENDING);
			}
		}
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		String name = event.getAuthentication().getName();
		var target = users.findByEmail(name).map(StaffManagement::target).orElse(AuditTarget.of("staff_user"));
		auditLog.record(name, "logout", target, null, null);
	}

	private static String method(Authentication authentication) {
		String type = authentication.getClass().getSimpleName();
		return type.contains("WebAuthn") ? "passkey" : "adgangskode";
	}

	private static String clip(String name) {
		return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
	}

}
