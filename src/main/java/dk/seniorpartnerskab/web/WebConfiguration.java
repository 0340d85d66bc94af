package dk.seniorpartnerskab.web;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.server.observation.ServerRequestObservationContext;
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

	/**
	 * Room in Thymeleaf's caches for every template (with each fragment selector) and
	 * every expression the app has: Thymeleaf keeps 200 templates and 500 expressions by
	 * default and drops the oldest, first in first out, and our templates hold several
	 * thousand expressions. A dropped expression is parsed again, and SpEL compiles an
	 * expression to bytecode only after its first hundred uses, so one that kept being
	 * dropped was never compiled. {@code ThymeleafCachesTest} counts what the templates
	 * hold against these sizes.
	 */
	static final int TEMPLATE_CACHE_SIZE = 1_000;

	static final int EXPRESSION_CACHE_SIZE = 20_000;

	/**
	 * Pages keep their template variables in memory, not in the request
	 * ({@link LocalTemplateVariables}), Thymeleaf's caches hold all templates and
	 * expressions, and pages are built in reused buffers ({@link PageBufferingView}).
	 */
	@Bean
	static BeanPostProcessor localTemplateVariables() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver views) {
					views.setViewClass(PageBufferingView.class);
				}
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setEngineContextFactory(new LocalTemplateVariables());
					var caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATE_CACHE_SIZE);
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
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

	/**
	 * Assets by content-hashed URL, cached for a year: a changed file gets a new URL, so
	 * no Last-Modified check of the file is needed. The mapping is looked at before the
	 * controllers' (Boot's catch-all {@code /**} mapping is off:
	 * {@code spring.web.resources.add-mappings=false}).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		var yearLong = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		for (String folder : Assets.FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(yearLong)
				.setUseLastModified(false)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/**
	 * Asset requests are not timed as HTTP requests ({@code http.server.requests}): a
	 * timer with its tags per file served cost more than serving it, and says nothing
	 * about the app.
	 */
	@Bean
	ObservationPredicate noTimingsForAssets() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext request && Assets
			.isAsset(request.getCarrier().getRequestURI().substring(request.getCarrier().getContextPath().length())));
	}

}
