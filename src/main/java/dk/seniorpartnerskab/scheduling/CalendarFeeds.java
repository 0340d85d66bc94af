package dk.seniorpartnerskab.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.web.SecretTokens;

/**
 * The private subscription feed per network: a secret link
 * ({@code /kalender/{token}.ics}) that calendar programs poll for the network's meetings
 * and the edition's webinars. A new link replaces the old one.
 */
@Service
public class CalendarFeeds {

	private final JdbcTemplate jdbc;

	private final NetworkRepository networks;

	private final MeetingRepository meetings;

	private final InvitationMails mails;

	private final MailSettings settings;

	private final Clock clock;

	CalendarFeeds(JdbcTemplate jdbc, NetworkRepository networks, MeetingRepository meetings, InvitationMails mails,
			MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.meetings = meetings;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Makes a new secret link for the network and returns it (absolute); it is shown
	 * once.
	 */
	@Transactional
	public String newLink(long networkId) {
		String token = SecretTokens.newToken();
		jdbc.update(
				"""
						insert into calendar_feed (network_id, token_hash, created_at) values (?, ?, ?)
						on conflict (network_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""",
				networkId, SecretTokens.hash(token), Timestamp.from(clock.instant()));
		return settings.link("/kalender/" + token + ".ics");
	}

	/**
	 * The feed behind a token: the network's planned and cancelled meetings and the
	 * edition's, as .ics.
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		List<Long> ids = jdbc.queryForList("select network_id from calendar_feed where token_hash = ?", Long.class,
				SecretTokens.hash(token));
		return ids.stream().findFirst().flatMap(networks::findById).map(this::calendar);
	}

	private String calendar(Network network) {
		var list = meetings.findByEdition(network.getEditionId())
			.stream()
			.filter(m -> m.getStatus() != MeetingStatus.DRAFT && m.getStartsAt() != null)
			.filter(m -> m.isForWholeEdition() || network.getId().equals(m.getNetworkId()))
			.toList();
		return MeetingCalendar.publish(network.getName(), list, mails.organizer(), clock.instant());
	}

}
