package dk.seniorpartnerskab.staff;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;

/**
 * Changes to staff users, each in the audit log with the client address, and each that
 * takes rights away ending the user's sessions at once: a deactivated user, one with
 * another role or with a password reset by an admin is logged out everywhere. The last
 * active administrator can be neither demoted nor deactivated.
 */
@Service
public class StaffManagement {

	/**
	 * Session attribute of a user who must change their password before anything else.
	 */
	public static final String MUST_CHANGE_PASSWORD = "staff.mustChangePassword";

	private final StaffUserRepository users;

	private final StaffSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	StaffManagement(StaffUserRepository users, StaffSessions sessions, PasswordEncoder passwordEncoder,
			AuditLog auditLog, Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A new user with a password the admin chose; it must be changed at first login. */
	@Transactional
	public StaffUser create(String name, String email, Role role, String password, String actor) {
		var user = users.save(StaffUser.withTemporaryPassword(email, name, passwordEncoder.encode(password), role));
		auditLog.record(actor, "staff.created", target(user), null, role.name());
		return user;
	}

	@Transactional
	public void changeRole(long id, Role role, String actor) {
		var user = users.findById(id).orElseThrow();
		if (user.getRole() == role) {
			return;
		}
		if (role != Role.ADMIN) {
			refuseIfLastAdmin(user);
		}
		var before = user.getRole();
		user.changeRole(role);
		auditLog.record(actor, "staff.roleChanged", target(user), before.name(), role.name());
		sessions.endAll(user);
	}

	@Transactional
	public void deactivate(long id, String actor) {
		var user = users.findById(id).orElseThrow();
		if (!user.isActive()) {
			return;
		}
		refuseIfLastAdmin(user);
		user.deactivate();
		auditLog.record(actor, "staff.deactivated", target(user), "aktiv", "deaktiveret");
		sessions.endAll(user);
	}

	@Transactional
	public void activate(long id, String actor) {
		var user = users.findById(id).orElseThrow();
		if (user.isActive()) {
			return;
		}
		user.activate();
		auditLog.record(actor, "staff.activated", target(user), "deaktiveret", "aktiv");
	}

	/**
	 * An admin sets a new password for a user: the user's sessions end and the password
	 * must be changed at the next login.
	 */
	@Transactional
	public void resetPassword(long id, String password, String actor) {
		var user = users.findById(id).orElseThrow();
		user.resetPassword(passwordEncoder.encode(password), clock.instant());
		auditLog.record(actor, "staff.passwordReset", target(user), null, null);
		sessions.endAll(user);
	}

	/**
	 * The user changes their own password, giving the current one; their other sessions
	 * end. Returns false (and changes nothing) when the current password is wrong.
	 */
	@Transactional
	public boolean changeOwnPassword(String email, String currentPassword, String newPassword,
			String currentSessionId) {
		var user = users.findByEmail(email).orElseThrow();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			auditLog.record(user.getEmail(), "staff.passwordChangeRefused", target(user), null, null);
			return false;
		}
		user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		auditLog.record(user.getEmail(), "staff.passwordChanged", target(user), null, null);
		sessions.endAllBut(user, currentSessionId);
		return true;
	}

	/**
	 * Locks every active admin's row, so two admins demoting each other at once cannot
	 * both succeed.
	 */
	private void refuseIfLastAdmin(StaffUser user) {
		if (user.getRole() != Role.ADMIN || !user.isActive()) {
			return;
		}
		var admins = users.lockActiveAdmins();
		if (admins.size() <= 1 && admins.stream().allMatch(a -> a.getId().equals(user.getId()))) {
			throw new LastAdminException();
		}
	}

	static AuditTarget target(StaffUser user) {
		return AuditTarget.of("staff_user", user.getId());
	}

}
