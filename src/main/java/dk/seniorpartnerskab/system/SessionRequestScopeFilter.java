package dk.seniorpartnerskab.system;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Wraps Spring Session's filter: while a request runs, a session it has saved is found
 * again without reading it (see {@link SessionWriteThrottle}); afterwards nothing of it
 * is kept.
 */
final class SessionRequestScopeFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		try (var scope = SessionWriteThrottle.remember()) {
			chain.doFilter(request, response);
		}
	}

}
