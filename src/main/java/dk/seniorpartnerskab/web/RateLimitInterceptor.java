package dk.seniorpartnerskab.web;

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
 * Allows each client address, and each link token in the path, a number of
 * {@link RateLimited} requests a minute per family (10 by default,
 * {@code app.rate-limit.per-minute}, all given back at once when the minute is over);
 * beyond that the request is refused with the Danish 429 page. A token has its own
 * allowance, so one leaked link cannot be used as a mail cannon from many addresses.
 * Buckets live in a bounded LRU map (this instance's memory), so a flood of addresses
 * cannot exhaust memory. The address is the request's remote address (behind a proxy set
 * {@code APP_FORWARD_HEADERS=native}).
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

	private static final int MAX_KEYS = 20_000;

	private final int perMinute;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	};

	RateLimitInterceptor(@Value("${app.rate-limit.per-minute:10}") int perMinute) {
		this.perMinute = perMinute;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.getMethodAnnotation(RateLimited.class) != null) {
			RateLimited limit = method.getMethodAnnotation(RateLimited.class);
			String family = limit.value();
			int allowance = perMinute * Math.max(1, limit.times());
			if (!bucketFor(family + "|address|" + ClientAddress.of(request), allowance).tryConsume(1)) {
				throw new TooManyRequestsException();
			}
			String token = token(request);
			if (token != null && !bucketFor(family + "|token|" + SecretTokens.hash(token), allowance).tryConsume(1)) {
				throw new TooManyRequestsException();
			}
		}
		return true;
	}

	/** The link token in the path ({@code /invitation/<token>/...}), if there is one. */
	private static String token(HttpServletRequest request) {
		for (String segment : request.getRequestURI().split("/")) {
			if (SecretTokens.plausible(segment)) {
				return segment;
			}
		}
		return null;
	}

	private Bucket bucketFor(String key, int allowance) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key,
					k -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(allowance)
							.refillIntervally(allowance, Duration.ofMinutes(1))
							.build())
						.build());
		}
	}

}
