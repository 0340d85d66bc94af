package dk.seniorpartnerskab.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingTimes;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.PacedJob;
import dk.seniorpartnerskab.web.SecretTokens;

/**
 * Evaluations of development days. The day after a development day (Copenhagen time),
 * everyone marked as having come gets one mail with a private link; one reminder follows
 * after {@link EvaluationSettings#reminderAfterDays()} days if they have not answered.
 * Both are claimed in the database in the transaction that writes the mail (a unique row
 * per invitation, a conditional update for the reminder), so two instances never send one
 * twice. Answers are stored without name, e-mail or invitation: only the meeting, its
 * network and the municipality, and the day; the request only records that it was
 * answered, so an answer cannot be traced back to the person.
 */
@Service
public class EvaluationManagement {

	private static final Logger log = LoggerFactory.getLogger(EvaluationManagement.class);

	static final String MAIL = "evaluation-request";

	static final String REMINDER = "evaluation-reminder";

	private static final Locale DANISH = Copenhagen.DANISH;

	/** The default questions of a new edition, by message key. */
	private static final List<Map.Entry<QuestionKind, String>> DEFAULTS = List.of(
			Map.entry(QuestionKind.RATING, "evaluation.default.1"),
			Map.entry(QuestionKind.RATING, "evaluation.default.2"),
			Map.entry(QuestionKind.RATING, "evaluation.default.3"),
			Map.entry(QuestionKind.TEXT, "evaluation.default.4"), Map.entry(QuestionKind.TEXT, "evaluation.default.5"));

	private static final String DUE = """
			select i.id from invitation i
			join meeting m on m.id = i.meeting_id
			where m.kind = ? and m.status = 'PLANNED' and i.withdrawn_at is null and i.attended = true
			and m.starts_at >= cast(? as timestamptz) - make_interval(days => ?)
			and cast(m.starts_at at time zone 'Europe/Copenhagen' as date) < cast(cast(? as timestamptz) at time zone 'Europe/Copenhagen' as date)
			and not exists (select 1 from evaluation_request r where r.invitation_id = i.id)
			order by i.id""";

	private static final String REMINDERS_DUE = """
			select r.id from evaluation_request r
			where not r.answered and r.reminded_at is null
			and r.sent_at <= cast(? as timestamptz) - make_interval(days => ?)
			order by r.id""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final EvaluationQuestionRepository questions;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EvaluationSettings settings;

	private final Clock clock;

	private final PacedJob pace;

	EvaluationManagement(JdbcTemplate jdbc, TransactionTemplate tx, EvaluationQuestionRepository questions,
			MailOutbox outbox, MessageSource messages, EvaluationSettings settings, Clock clock,
			@Value("${app.evaluation.interval:15m}") Duration interval,
			@Value("${app.jobs.retry:30s}") Duration retry) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.questions = questions;
		this.outbox = outbox;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.pace = new PacedJob("Evaluation run", interval, retry);
	}

	/** The edition's questions; the defaults are stored the first time. */
	@Transactional
	public List<EvaluationQuestion> questions(long editionId) {
		var existing = questions.findByEditionIdOrderByPosition(editionId);
		if (!existing.isEmpty()) {
			return existing;
		}
		for (int i = 0; i < DEFAULTS.size(); i++) {
			var entry = DEFAULTS.get(i);
			// Two instances may seed at once: the unique position keeps one set.
			jdbc.update("""
					insert into evaluation_question (edition_id, position, kind, text, version) values (?, ?, ?, ?, 0)
					on conflict on constraint uk_evaluation_question_edition_position do nothing""", editionId, i + 1,
					entry.getKey().name(), messages.getMessage(entry.getValue(), null, DANISH));
		}
		return questions.findByEditionIdOrderByPosition(editionId);
	}

	/** Staff change the texts of the edition's questions (by question id). */
	@Transactional
	public void changeQuestions(long editionId, Map<Long, String> texts) {
		for (var question : questions(editionId)) {
			String text = texts.get(question.getId());
			if (text != null && !text.isBlank()) {
				question.changeText(text.trim());
			}
		}
	}

	/**
	 * Every {@code app.evaluation.interval}; a failed run again after
	 * {@code app.jobs.retry}.
	 */
	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void sendScheduled() {
		pace.tick(() -> {
			sendDue();
			remindDue();
		});
	}

	/** Sends every evaluation due now; returns how many this call sent. */
	public int sendDue() {
		var now = Timestamp.from(clock.instant());
		int sent = 0;
		for (long invitationId : jdbc.queryForList(DUE, Long.class, MeetingKind.DEVELOPMENT_DAY.name(), now,
				settings.latestAfterDays(), now)) {
			sent += claimAndSend(invitationId);
		}
		if (sent > 0) {
			log.info("Sent {} evaluation(s)", sent);
		}
		return sent;
	}

	/** Sends every reminder due now; returns how many this call sent. */
	public int remindDue() {
		var now = Timestamp.from(clock.instant());
		int sent = 0;
		for (long requestId : jdbc.queryForList(REMINDERS_DUE, Long.class, now, settings.reminderAfterDays())) {
			sent += claimAndRemind(requestId);
		}
		if (sent > 0) {
			log.info("Sent {} evaluation reminder(s)", sent);
		}
		return sent;
	}

	private int claimAndSend(long invitationId) {
		Integer sent = tx.execute(status -> {
			String token = SecretTokens.newToken();
			var target = target(invitationId);
			int claimed = jdbc.update("""
					insert into evaluation_request (invitation_id, meeting_id, token_hash, sent_at, answered)
					values (?, ?, ?, ?, false)
					on conflict on constraint uk_evaluation_request_invitation do nothing""", invitationId,
					target.meetingId(), SecretTokens.hash(token), Timestamp.from(clock.instant()));
			if (claimed == 0) {
				return 0;
			}
			mail(MAIL, target, token, "evaluation-request:" + invitationId);
			return 1;
		});
		return sent == null ? 0 : sent;
	}

	private int claimAndRemind(long requestId) {
		Integer sent = tx.execute(status -> {
			String token = SecretTokens.newToken();
			// Only hashes are stored: the reminder carries a new link, the old one stops.
			int claimed = jdbc.update("""
					update evaluation_request set reminded_at = ?, token_hash = ?
					where id = ? and reminded_at is null and not answered""", Timestamp.from(clock.instant()),
					SecretTokens.hash(token), requestId);
			if (claimed == 0) {
				return 0;
			}
			long invitationId = jdbc.queryForObject("select invitation_id from evaluation_request where id = ?",
					Long.class, requestId);
			mail(REMINDER, target(invitationId), token, "evaluation-reminder:" + invitationId);
			return 1;
		});
		return sent == null ? 0 : sent;
	}

	/** Who and what an evaluation mail is about. */
	private record Target(long meetingId, String name, String email, String title, String when) {
	}

	private Target target(long invitationId) {
		return jdbc.queryForObject(
				"""
						select i.meeting_id, i.name, i.email, m.title, m.starts_at, m.ends_at
						from invitation i join meeting m on m.id = i.meeting_id where i.id = ?""", (rs,
						n) -> new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
								MeetingTimes.of(rs.getTimestamp(5).toInstant(),
										rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())),
				invitationId);
	}

	private void mail(String template, Target target, String token, String reference) {
		var model = new HashMap<String, Object>();
		model.put("name", target.name());
		model.put("title", target.title());
		model.put("when", target.when());
		model.put("path", "/evaluering/" + token);
		outbox.enqueue(MailMessage.of(target.email(), template, model, "EVALUATION", reference)
			.withSubjectArguments(target.title()));
	}

	/** The open evaluation behind a link: its meeting, and whether it is answered. */
	public record Request(long meetingId, boolean answered) {
	}

	@Transactional(readOnly = true)
	public Optional<Request> findByToken(String token) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return jdbc
			.query("select meeting_id, answered from evaluation_request where token_hash = ?",
					(rs, n) -> new Request(rs.getLong(1), rs.getBoolean(2)), SecretTokens.hash(token))
			.stream()
			.findFirst();
	}

	/**
	 * Stores one person's answers, once: false when the link was answered before. Ratings
	 * and texts are keyed by question id; unknown questions are ignored.
	 */
	@Transactional
	public boolean answer(String token, Map<Long, Integer> ratings, Map<Long, String> texts) {
		var claimed = jdbc.query("""
				update evaluation_request r set answered = true
				from invitation i where r.token_hash = ? and not r.answered and i.id = r.invitation_id
				returning r.meeting_id, i.municipality_code""", (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) },
				SecretTokens.hash(token));
		if (claimed.isEmpty()) {
			return false;
		}
		long meetingId = claimed.get(0)[0];
		int municipalityCode = (int) claimed.get(0)[1];
		var meeting = jdbc.queryForMap("select edition_id, network_id from meeting where id = ?", meetingId);
		long editionId = ((Number) meeting.get("edition_id")).longValue();
		Long networkId = meeting.get("network_id") == null ? null : ((Number) meeting.get("network_id")).longValue();
		Long responseId = jdbc.queryForObject("""
				insert into evaluation_response (meeting_id, network_id, municipality_code, submitted_on)
				values (?, ?, ?, ?) returning id""", Long.class, meetingId, networkId, municipalityCode,
				Copenhagen.at(clock.instant()).toLocalDate());
		for (var question : questions(editionId)) {
			if (question.isRating() && ratings.get(question.getId()) != null) {
				jdbc.update("insert into evaluation_answer (response_id, question_id, rating) values (?, ?, ?)",
						responseId, question.getId(), ratings.get(question.getId()));
			}
			else if (!question.isRating() && texts.get(question.getId()) != null
					&& !texts.get(question.getId()).isBlank()) {
				jdbc.update("insert into evaluation_answer (response_id, question_id, text) values (?, ?, ?)",
						responseId, question.getId(), texts.get(question.getId()).trim());
			}
		}
		return true;
	}

	/** Marks or unmarks a free-text answer as a quote for an article ("citat"). */
	@Transactional
	public void markQuote(long answerId, boolean quote) {
		jdbc.update("update evaluation_answer set quote = ? where id = ? and text is not null", quote, answerId);
	}

	/**
	 * The results of a set of meetings (one, or a network's): sent, answered, and per
	 * question the distribution of ratings or the free texts.
	 */
	@Transactional(readOnly = true)
	public EvaluationResults results(long editionId, List<Long> meetingIds) {
		var questionList = questions.findByEditionIdOrderByPosition(editionId);
		if (meetingIds.isEmpty()) {
			return EvaluationResults.of(questionList, 0, 0, List.of());
		}
		Object sqlIds = meetingIds.toArray(Long[]::new);
		int sent = jdbc.queryForObject("select count(*) from evaluation_request where meeting_id = any(?)",
				Integer.class, sqlIds);
		int answered = jdbc.queryForObject(
				"select count(*) from evaluation_request where meeting_id = any(?) and answered", Integer.class,
				sqlIds);
		var answers = jdbc.query("""
				select a.id, a.question_id, a.rating, a.text, a.quote, r.municipality_code, r.meeting_id
				from evaluation_answer a join evaluation_response r on r.id = a.response_id
				where r.meeting_id = any(?) order by a.id""",
				(rs, n) -> new EvaluationResults.Answer(rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3),
						rs.getString(4), rs.getBoolean(5), rs.getInt(6), rs.getLong(7)),
				sqlIds);
		return EvaluationResults.of(questionList, sent, answered, answers);
	}

	/** Every quote of an edition with its question, meeting and municipality. */
	public record Quote(String text, String question, int municipalityCode, String meetingTitle, Instant meetingStart) {
	}

	@Transactional(readOnly = true)
	public List<Quote> quotes(long editionId) {
		return new ArrayList<>(jdbc.query("""
				select a.text, q.text, r.municipality_code, m.title, m.starts_at
				from evaluation_answer a
				join evaluation_response r on r.id = a.response_id
				join evaluation_question q on q.id = a.question_id
				join meeting m on m.id = r.meeting_id
				where m.edition_id = ? and a.quote order by m.starts_at, a.id""",
				(rs, n) -> new Quote(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()),
				editionId));
	}

}
