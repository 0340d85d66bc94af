package dk.seniorpartnerskab.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a staff user's sessions wherever they are (Spring Session's index by principal
 * name, in PostgreSQL, so on every instance at once): when the user is deactivated, gets
 * another role or a new password. Their next request finds no session and goes to the
 * login.
 */
@Component
public class StaffSessions {

	private static final Logger log = LoggerFactory.getLogger(StaffSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the user; returns how many there were. */
	public int endAll(StaffUser user) {
		return endAllBut(user, null);
	}

	/** Ends every session of the user but the one with this id (may be null). */
	public int endAllBut(StaffUser user, String keepSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(user.getEmail()).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of staff user {}", ended, user.getId());
		}
		return ended;
	}

}
