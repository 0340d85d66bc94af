package dk.seniorpartnerskab.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-hashed URLs for static assets: {@code ${#assets.url('/css/app.css')}}. Only
 * asset links go through the resource resolvers, once each (cached here); page links
 * never do. This avoids the {@code ResourceUrlEncodingFilter} cost measured on petclinic,
 * where every {@code @{...}} link was looked up on the classpath on every request.
 */
@Component("assets")
public class Assets {

	/**
	 * The folders assets are served from, each under its own path: served before any
	 * controller mapping is looked at, outside the session and most of the security work
	 * ({@code SecurityConfiguration}), and not timed as HTTP requests.
	 */
	public static final List<String> FOLDERS = List.of("dkfds", "css", "js", "img");

	/** Paths of the assets ({@code /css/**} ...), as Spring's path patterns. */
	public static final String[] PATTERNS = FOLDERS.stream().map(folder -> "/" + folder + "/**").toArray(String[]::new);

	private static final List<String> PREFIXES = FOLDERS.stream().map(folder -> "/" + folder + "/").toList();

	/** Whether a request path (without context path) names an asset. */
	public static boolean isAsset(String path) {
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private final ResourceUrlProvider resourceUrlProvider;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	public Assets(ResourceUrlProvider mvcResourceUrlProvider) {
		this.resourceUrlProvider = mvcResourceUrlProvider;
	}

	public String url(String path) {
		return cache.computeIfAbsent(path, p -> {
			String versioned = resourceUrlProvider.getForLookupPath(p);
			return versioned != null ? versioned : p;
		});
	}

}
