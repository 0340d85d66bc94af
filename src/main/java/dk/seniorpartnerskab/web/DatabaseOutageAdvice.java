package dk.seniorpartnerskab.web;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller failing because the database is away answers with the whole Danish 503
 * page ({@code error/503}). Without this, Spring MVC takes the dead connection's
 * {@code EOFException} in the cause chain for a client that went away and answers 200
 * with an empty body. Every other failure goes on as before (rethrown unchanged).
 */
@ControllerAdvice
class DatabaseOutageAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

	private final DataSource dataSource;

	DatabaseOutageAdvice(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ModelAndView databaseAway(Exception failure, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!DatabaseOutageFilter.databaseAway(failure, dataSource)) {
			throw failure;
		}
		log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
				failure.getClass().getSimpleName());
		response.setHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		var page = new ModelAndView("error/503");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

}
