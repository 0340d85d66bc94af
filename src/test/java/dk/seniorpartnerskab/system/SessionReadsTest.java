package dk.seniorpartnerskab.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often a page view reads its session from PostgreSQL: once. Spring Session's filter
 * saves the session when the page's response is committed and again after the request,
 * and between the two forgets what it read; the app's scope filter around it gives the
 * second save the session the first one wrote. Run here through Spring Session's real
 * filter and JDBC repository, whose reads are counted.
 */
@IntegrationTest
class SessionReadsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	private final AtomicInteger reads = new AtomicInteger();

	private SessionRepositoryFilter<?> sessions;

	@BeforeEach
	void sessions() {
		var template = new TransactionTemplate(this.transactions);
		template.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		var throttle = new SessionWriteThrottle(
				new CountingReads(new JdbcIndexedSessionRepository(this.jdbc, template)), Duration.ofMinutes(1));
		this.sessions = new SessionRepositoryFilter<>(throttle);
	}

	@Test
	void aPageViewReadsItsSessionOnce() throws Exception {
		Cookie cookie = view(new SessionRequestScopeFilter(), this.sessions).getCookie("SESSION");
		assertThat(cookie).isNotNull();

		this.reads.set(0);
		var response = view(cookie, new SessionRequestScopeFilter(), this.sessions);

		assertThat(response.getContentAsString()).contains("Hej Karen");
		assertThat(this.reads).as("reads of the session in one page view").hasValue(1);
	}

	@Test
	void withoutTheScopeSpringSessionReadsItTwice() throws Exception {
		Cookie cookie = view(this.sessions).getCookie("SESSION");

		this.reads.set(0);
		view(cookie, this.sessions);

		assertThat(this.reads).as("reads of the session in one page view").hasValue(2);
	}

	@Test
	void theNextRequestReadsTheStoredSessionAgain() throws Exception {
		Cookie cookie = view(new SessionRequestScopeFilter(), this.sessions).getCookie("SESSION");
		view(cookie, new SessionRequestScopeFilter(), this.sessions);

		// Signed out elsewhere: the next page view finds no session, although this thread
		// saved it during the last one.
		this.jdbc.update("delete from spring_session where session_id = ?", sessionId(cookie));
		var response = view(cookie, new SessionRequestScopeFilter(), this.sessions);

		assertThat(response.getContentAsString()).contains("Ingen session");
	}

	@Test
	void theAppsScopeFilterRunsJustOutsideSpringSessions() {
		Map<String, AbstractFilterRegistrationBean> registrations = this.context
			.getBeansOfType(AbstractFilterRegistrationBean.class);
		int scope = registrations.get("sessionRequestScopeFilter").getOrder();
		int session = registrations.values()
			.stream()
			.filter(r -> r instanceof DelegatingFilterProxyRegistrationBean
					&& r.getFilterName().equals("springSessionRepositoryFilter"))
			.findFirst()
			.orElseThrow()
			.getOrder();
		assertThat(scope).isLessThan(session);
		assertThat(registrations.values())
			.noneMatch(r -> r.getOrder() > scope && r.getOrder() < session && r.isEnabled());
	}

	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()));
	}

	private MockHttpServletResponse view(Filter... filters) throws Exception {
		return view(null, filters);
	}

	/**
	 * A page view: the page greets the session's user (and makes a session naming Karen
	 * if there is none and no cookie), then writes more than the response buffer, so the
	 * response is committed before the request ends, as a real page's is.
	 */
	private MockHttpServletResponse view(Cookie cookie, Filter... filters) throws Exception {
		var request = new MockHttpServletRequest("GET", "/admin");
		if (cookie != null) {
			request.setCookies(cookie);
		}
		var response = new MockHttpServletResponse();
		var page = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
				HttpSession session = req.getSession(cookie == null);
				if (session == null) {
					res.getWriter().write("Ingen session");
					return;
				}
				if (cookie == null) {
					session.setAttribute("name", "Karen");
				}
				res.getWriter().write("Hej " + session.getAttribute("name") + " " + "x".repeat(res.getBufferSize()));
				res.flushBuffer();
			}
		};
		new MockFilterChain(page, filters).doFilter(request, response);
		return response;
	}

	/** The JDBC repository, its reads counted. */
	private final class CountingReads implements FindByIndexNameSessionRepository<Session> {

		private final JdbcIndexedSessionRepository delegate;

		CountingReads(JdbcIndexedSessionRepository delegate) {
			this.delegate = delegate;
		}

		@Override
		public Session createSession() {
			return this.delegate.createSession();
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public void save(Session session) {
			((SessionRepository) this.delegate).save(session);
		}

		@Override
		public Session findById(String id) {
			SessionReadsTest.this.reads.incrementAndGet();
			return this.delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.copyOf(this.delegate.findByIndexNameAndIndexValue(indexName, indexValue));
		}

	}

}
