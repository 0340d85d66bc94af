package dk.seniorpartnerskab.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of staff at KL or Forhandlingsfællesskabet who can log in to the admin pages.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

	/** Failed logins that cost nothing; from then on each one adds a growing delay. */
	public static final int FREE_FAILED_LOGINS = 5;

	/** The delay after the first failure beyond the free ones; it doubles with each. */
	public static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	public static final Duration MAX_DELAY = Duration.ofMinutes(15);

	/** Failures older than this (counted from the first) are forgotten. */
	public static final Duration FAILURE_WINDOW = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean active = true;

	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "first_failed_login_at")
	private Instant firstFailedLoginAt;

	/** No password is checked for this account before then (a delay, never a lock). */
	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected StaffUser() {
	}

	public StaffUser(String email, String name, String passwordHash, Role role) {
		this.email = email.trim();
		this.name = name.trim();
		this.passwordHash = passwordHash;
		this.role = role;
	}

	/**
	 * A new user whose password an admin chose: it must be changed at the first login.
	 */
	public static StaffUser withTemporaryPassword(String email, String name, String passwordHash, Role role) {
		var user = new StaffUser(email, name, passwordHash, role);
		user.mustChangePassword = true;
		return user;
	}

	/**
	 * Whether a password may not be checked for this account now: after
	 * {@value #FREE_FAILED_LOGINS} failures each further one makes the next attempt wait,
	 * 30 seconds doubling up to 15 minutes. A browser that logged in to the account
	 * before is exempt (see {@code LoginThrottle}), so the delay cannot keep the owner
	 * out.
	 */
	public boolean isThrottled(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** Counts a failed login; returns true when it started or lengthened a delay. */
	public boolean recordFailedLogin(Instant now) {
		if (firstFailedLoginAt == null || !now.isBefore(firstFailedLoginAt.plus(FAILURE_WINDOW))) {
			firstFailedLoginAt = now;
			failedLogins = 0;
		}
		failedLogins++;
		if (failedLogins >= FREE_FAILED_LOGINS) {
			lockedUntil = now.plus(delayAfter(failedLogins));
			return true;
		}
		return false;
	}

	static Duration delayAfter(int failures) {
		int doublings = Math.min(failures - FREE_FAILED_LOGINS, 10);
		var delay = FIRST_DELAY.multipliedBy(1L << Math.max(doublings, 0));
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	public void recordSuccessfulLogin() {
		failedLogins = 0;
		firstFailedLoginAt = null;
		lockedUntil = null;
	}

	public void changeRole(Role role) {
		this.role = role;
	}

	public void changeName(String name) {
		this.name = name.trim();
	}

	/** A password set by an admin: its user must change it at the next login. */
	public void resetPassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
		this.passwordChangedAt = now;
		recordSuccessfulLogin();
	}

	/** The user's own new password. */
	public void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getName() {
		return name;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public long getVersion() {
		return version;
	}

}
