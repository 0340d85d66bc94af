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

	/** Failed logins within {@link #FAILURE_WINDOW} that lock the account. */
	public static final int MAX_FAILED_LOGINS = 5;

	public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

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

	@Column(name = "locked_until")
	private Instant lockedUntil;

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

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Counts a failed login. The fifth failure within fifteen minutes of the first locks
	 * the account for fifteen minutes; a failure after the window starts a new count.
	 */
	public void recordFailedLogin(Instant now) {
		if (firstFailedLoginAt == null || !now.isBefore(firstFailedLoginAt.plus(FAILURE_WINDOW))) {
			firstFailedLoginAt = now;
			failedLogins = 0;
		}
		failedLogins++;
		if (failedLogins >= MAX_FAILED_LOGINS) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedLogins = 0;
			firstFailedLoginAt = null;
		}
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

	public void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		recordSuccessfulLogin();
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

	public long getVersion() {
		return version;
	}

}
