package dk.seniorpartnerskab.registration.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Allows each client address a number of {@link RateLimited} requests a minute (10 by
 * default, {@code app.registration.requests-per-minute}); beyond that the request is
 * refused with the Danish 429 page. Buckets live in a bounded LRU map, so a flood of
 * addresses cannot exhaust memory. The address is the request's remote address (behind a
 * proxy set {@code server.forward-headers-strategy}).
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

	private static final int MAX_ADDRESSES = 10_000;

	private final int requestsPerMinute;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}
	};

	RateLimitInterceptor(@Value("${app.registration.requests-per-minute:10}") int requestsPerMinute) {
		this.requestsPerMinute = requestsPerMinute;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RateLimited.class)
				&& !bucketFor(request.getRemoteAddr()).tryConsume(1)) {
			throw new TooManyRequestsException();
		}
		return true;
	}

	private Bucket bucketFor(String address) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(address,
					a -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(requestsPerMinute)
							.refillGreedy(requestsPerMinute, Duration.ofMinutes(1))
							.build())
						.build());
		}
	}

}
