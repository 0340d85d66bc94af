package dk.seniorpartnerskab.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than the multipart request limit
 * ({@code spring.servlet.multipart.max-request-size}) before anything reads it: no
 * session, no security check, no temporary file. The answer is the Danish 413 page, and
 * the connection is closed. First of all filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	UploadLimitFilter(MultipartProperties multipart) {
		this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (maxRequestBytes >= 0 && request.getContentLengthLong() > maxRequestBytes) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
