package dk.seniorpartnerskab.web;

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
