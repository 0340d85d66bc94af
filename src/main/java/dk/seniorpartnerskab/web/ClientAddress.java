package dk.seniorpartnerskab.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client making the current request: the remote address as the
 * container sees it (behind a proxy set {@code APP_FORWARD_HEADERS=native}, so that it is
 * the forwarded client address and cannot be made up by the client).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The current request's client address, or {@code null} outside a request. */
	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return null;
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
