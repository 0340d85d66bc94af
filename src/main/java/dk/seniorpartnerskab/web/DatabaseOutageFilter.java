package dk.seniorpartnerskab.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The outermost filter: a request that fails because the database is away gets the app's
 * Danish error page ({@code error/503}, "prøv igen om lidt") whole, with status 503 and
 * {@code Retry-After}, never a page cut off half-way, JSON or a stack trace.
 * <p>
 * Whole, because nothing reaches the client before everything that needs the database is
 * done: Thymeleaf renders a page completely before writing it
 * ({@code produce-partial-output-while-processing=false}), and Spring Session writes the
 * session before the response is committed. Spring Session decides that moment by
 * counting characters against the buffer size, while the container's buffer counts bytes
 * (æ, ø and å take two), so the container could commit first and the session write fail
 * after the page had started. The buffer here is therefore {@value #BUFFER_BYTES} bytes,
 * while those inside are told a quarter of it.
 * <p>
 * A failure inside a controller is answered by {@link DatabaseOutageAdvice} (Spring MVC
 * would otherwise take a dead connection's {@code EOFException} for a client that went
 * away and answer 200 with an empty body); this filter answers everything else: filters,
 * the session, rendering.
 * <p>
 * The page is rendered from the template alone: no request attributes (the CSRF token
 * would load the session from the database), no session, no model but the secretariat
 * last known.
 */
class DatabaseOutageFilter implements Filter {

	static final int BUFFER_BYTES = 64 * 1024;

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ITemplateEngine templates;

	private final DataSource dataSource;

	private final Secretariats secretariats;

	DatabaseOutageFilter(ITemplateEngine templates, DataSource dataSource, Secretariats secretariats) {
		this.templates = templates;
		this.dataSource = dataSource;
		this.secretariats = secretariats;
	}

	/**
	 * True when the failure comes from the database being away: recognised by its type,
	 * or, for any other failure from the database layer (e.g. a failed rollback on a dead
	 * connection that replaced the original exception), by asking the database.
	 */
	static boolean databaseAway(Throwable failure, DataSource dataSource) {
		if (DatabaseUnavailable.causes(failure)) {
			return true;
		}
		if (!DatabaseUnavailable.involvesDatabase(failure)) {
			return false;
		}
		try (Connection connection = dataSource.getConnection()) {
			return !connection.isValid(2);
		}
		catch (SQLException | RuntimeException e) {
			return true;
		}
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		var request = (HttpServletRequest) req;
		var response = (HttpServletResponse) res;
		if (!response.isCommitted() && response.getBufferSize() < BUFFER_BYTES) {
			response.setBufferSize(BUFFER_BYTES);
		}
		try {
			chain.doFilter(request, new CharacterCountingResponse(response));
		}
		catch (IOException | ServletException | RuntimeException e) {
			if (response.isCommitted() || !databaseAway(e, dataSource)) {
				throw e;
			}
			log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootCause(e));
			render(request, response);
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		var application = JakartaServletWebApplication.buildApplication(request.getServletContext());
		var context = new WebContext(application.buildExchange(new BareRequest(request), response), DANISH);
		// No bean references outside Spring MVC; the footer names the secretariat last
		// known.
		context.setVariable("secretariat", secretariats.lastKnown());
		String page = templates.process("error/503", context);
		response.getWriter().write(page);
		response.flushBuffer();
	}

	private static String rootCause(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

	/**
	 * Tells Spring Session (which counts characters) a buffer a quarter of the
	 * container's (which counts bytes), so the session is written before the container
	 * can commit the response.
	 */
	private static final class CharacterCountingResponse extends HttpServletResponseWrapper {

		CharacterCountingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public int getBufferSize() {
			return super.getBufferSize() / 4;
		}

	}

	/**
	 * The request without its session and with attributes of its own (Thymeleaf keeps its
	 * variables there), so rendering the error page never touches the database.
	 */
	private static final class BareRequest extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		BareRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				attributes.remove(name);
			}
			else {
				attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public HttpSession getSession() {
			return null;
		}

	}

}
