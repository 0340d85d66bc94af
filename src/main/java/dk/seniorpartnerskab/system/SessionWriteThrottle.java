package dk.seniorpartnerskab.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC writes a session's last-access time back on every request that
 * touches the session: one UPDATE per staff page view, although the 8-hour timeout needs
 * no such precision. This repository passes a new last-access time on only when the
 * stored one is {@code interval} (a minute) old or older; attribute changes (signing in,
 * a CSRF token, a flash message) are written as before, with Spring Session's
 * {@code on-save} flush and {@code on-set-attribute} save modes. A session thus expires
 * at most {@code interval} earlier than it would otherwise. Reads are unchanged: every
 * request sees the stored session, so signing out or a changed role is never served from
 * a stale copy.
 * <p>
 * Within one request ({@link #remember()}, opened by {@link SessionRequestScopeFilter}
 * around Spring Session's filter) a session that request has saved is found again without
 * reading it: Spring Session saves a session when the response is committed and again
 * after the request, and clears what it read in between, so without this every page read
 * its session twice (spring-session issue 1731). Only the request's own write is given
 * back, never a copy another request could have changed.
 */
final class SessionWriteThrottle implements FindByIndexNameSessionRepository<SessionWriteThrottle.ThrottledSession> {

	private static final ThreadLocal<Map<String, ThrottledSession>> SAVED_IN_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final Duration interval;

	@SuppressWarnings("unchecked")
	SessionWriteThrottle(FindByIndexNameSessionRepository<? extends Session> delegate, Duration interval) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
		this.interval = interval;
	}

	@Override
	public ThrottledSession createSession() {
		return new ThrottledSession(this.delegate.createSession(), this.interval);
	}

	/**
	 * Opens the current request's memory of the sessions it saves, unless one is open
	 * already; closing it (at the end of the request) forgets them.
	 */
	static Scope remember() {
		if (SAVED_IN_REQUEST.get() != null) {
			return () -> {
			};
		}
		SAVED_IN_REQUEST.set(new HashMap<>(2));
		return SAVED_IN_REQUEST::remove;
	}

	@Override
	public void save(ThrottledSession session) {
		this.delegate.save(session.delegate);
		Map<String, ThrottledSession> saved = SAVED_IN_REQUEST.get();
		if (saved != null) {
			saved.put(session.getId(), session);
		}
	}

	@Override
	public ThrottledSession findById(String id) {
		Map<String, ThrottledSession> saved = SAVED_IN_REQUEST.get();
		if (saved != null && saved.containsKey(id)) {
			return saved.get(id);
		}
		Session session = this.delegate.findById(id);
		return session != null ? new ThrottledSession(session, this.interval) : null;
	}

	@Override
	public void deleteById(String id) {
		Map<String, ThrottledSession> saved = SAVED_IN_REQUEST.get();
		if (saved != null) {
			saved.remove(id);
		}
		this.delegate.deleteById(id);
	}

	/** The end of a request's memory of its saved sessions. */
	interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	@Override
	public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> new ThrottledSession(e.getValue(), this.interval)));
	}

	/** A session whose last-access time moves only once per interval. */
	static final class ThrottledSession implements Session {

		private final Session delegate;

		private final Duration interval;

		ThrottledSession(Session delegate, Duration interval) {
			this.delegate = delegate;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.delegate.getLastAccessedTime(), lastAccessedTime).compareTo(this.interval) >= 0) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration maxInactiveInterval) {
			this.delegate.setMaxInactiveInterval(maxInactiveInterval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
