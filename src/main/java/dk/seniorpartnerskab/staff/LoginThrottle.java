package dk.seniorpartnerskab.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Login throttling that slows guessing without locking anybody out (ASVS V2.2.1):
 * <ul>
 * <li>per client address (this instance's memory): {@value #FREE_FAILURES_PER_ADDRESS}
 * failures cost nothing, then each further one makes the address wait, 30 seconds
 * doubling up to 15 minutes;</li>
 * <li>per account (in the database, so across instances): the same after
 * {@value StaffUser#FREE_FAILED_LOGINS} failures, see {@link StaffUser#isThrottled}.</li>
 * </ul>
 * A browser that has logged in to an account before carries a "known login" cookie for it
 * (an HMAC of the account id keyed with its password hash, so it dies with a password
 * change and cannot be made without the database) and is exempt from both delays for that
 * account: someone who knows an admin's e-mail address, or shares their network address,
 * can slow down only themselves.
 */
@Component
public class LoginThrottle {

	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final String KNOWN_LOGIN_COOKIE = "SP_KNOWN_LOGIN";

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, AddressFailures> addresses = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, AddressFailures> eldest) {
			return size() > MAX_ADDRESSES;
		}
	};

	/** Whether attempts from this address wait now. */
	public boolean addressThrottled(String address, Instant now) {
		synchronized (addresses) {
			var failures = addresses.get(address);
			return failures != null && failures.until != null && now.isBefore(failures.until);
		}
	}

	/** Counts a failure from this address. */
	public void addressFailed(String address, Instant now) {
		synchronized (addresses) {
			var failures = addresses.get(address);
			if (failures == null || !now.isBefore(failures.first.plus(WINDOW))) {
				failures = new AddressFailures(now);
				addresses.put(address, failures);
			}
			failures.count++;
			if (failures.count >= FREE_FAILURES_PER_ADDRESS) {
				int doublings = Math.min(failures.count - FREE_FAILURES_PER_ADDRESS, 10);
				var delay = StaffUser.FIRST_DELAY.multipliedBy(1L << doublings);
				failures.until = now.plus(delay.compareTo(StaffUser.MAX_DELAY) > 0 ? StaffUser.MAX_DELAY : delay);
			}
		}
	}

	/** Whether this browser has logged in to this account (with its current password). */
	public boolean isKnownLogin(HttpServletRequest request, StaffUser user) {
		if (request.getCookies() == null) {
			return false;
		}
		byte[] expected = knownLoginValue(user).getBytes(StandardCharsets.US_ASCII);
		for (Cookie cookie : request.getCookies()) {
			if (KNOWN_LOGIN_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
					&& MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	/** The cookie that marks this browser as one that logged in to the account. */
	public ResponseCookie knownLoginCookie(StaffUser user, boolean secure) {
		return ResponseCookie.from(KNOWN_LOGIN_COOKIE, knownLoginValue(user))
			.httpOnly(true)
			.secure(secure)
			.sameSite("Strict")
			.path("/admin")
			.maxAge(Duration.ofDays(180))
			.build();
	}

	private static String knownLoginValue(StaffUser user) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(user.getPasswordHash().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal(("known-login:" + user.getId()).getBytes(StandardCharsets.UTF_8));
			return user.getId() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final class AddressFailures {

		private final Instant first;

		private int count;

		private Instant until;

		AddressFailures(Instant first) {
			this.first = first;
		}

	}

}
