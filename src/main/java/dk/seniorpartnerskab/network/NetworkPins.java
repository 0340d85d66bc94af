package dk.seniorpartnerskab.network;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which registrations staff pinned to their network by hand (the proposal leaves those
 * alone).
 */
@Component
class NetworkPins {

	private final JdbcTemplate jdbc;

	NetworkPins(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void pin(long registrationId, long networkId) {
		jdbc.update("""
				insert into network_pin (registration_id, network_id) values (?, ?)
				on conflict (registration_id) do update set network_id = excluded.network_id, pinned_at = now()""",
				registrationId, networkId);
	}

	void unpin(long registrationId) {
		jdbc.update("delete from network_pin where registration_id = ?", registrationId);
	}

	/** Pinned registrations of the edition and the network each is pinned to. */
	Map<Long, Long> pinnedIn(long editionId) {
		var pins = new HashMap<Long, Long>();
		jdbc.query("""
				select p.registration_id, p.network_id from network_pin p join network n on n.id = p.network_id
				where n.edition_id = ?""", rs -> {
			pins.put(rs.getLong(1), rs.getLong(2));
		}, editionId);
		return pins;
	}

}
