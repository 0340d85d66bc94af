package dk.seniorpartnerskab.web;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Rate limits for public POSTs ({@link RateLimited}). Static assets are served under
 * content-hash URLs (see {@link Assets}) with a year's immutable caching; a changed file
 * gets a new URL. Requests failing because the database is away get a whole 503 page
 * ({@link DatabaseOutageFilter}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final RateLimitInterceptor rateLimit;

	WebConfiguration(RateLimitInterceptor rateLimit) {
		this.rateLimit = rateLimit;
	}

	/** Public POSTs marked {@link RateLimited}; staff pages are not limited. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(rateLimit).excludePathPatterns("/admin/**");
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ITemplateEngine templates, DataSource dataSource,
			Secretariats secretariats) {
		var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(templates, dataSource, secretariats));
		// Outside Spring Session's and Spring Security's filters, which both need the
		// database.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "dkfds", "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
