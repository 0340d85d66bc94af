package dk.seniorpartnerskab.registration.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Rate limits the public registration endpoints that write or send mail. */
@Configuration(proxyBeanMethods = false)
class RegistrationWebConfiguration implements WebMvcConfigurer {

	private final RateLimitInterceptor rateLimit;

	RegistrationWebConfiguration(RateLimitInterceptor rateLimit) {
		this.rateLimit = rateLimit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(rateLimit).addPathPatterns("/tilmelding", "/tilmelding/**");
	}

}
