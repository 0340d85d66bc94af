package dk.seniorpartnerskab.system;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions stay in PostgreSQL (Spring Session JDBC, set up by Boot); the repository Boot
 * makes is wrapped so a signed-in request writes its session at most once per
 * {@code app.session.write-interval} (default one minute), see
 * {@link SessionWriteThrottle}. A wrapper instead of a bean of our own, because any
 * {@code SessionRepository} bean makes Boot's JDBC session configuration back off. A
 * filter just outside Spring Session's lets a request find the session it saved without
 * reading it again.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	static BeanPostProcessor sessionWriteThrottle(Environment environment) {
		Duration interval = environment.getProperty("app.session.write-interval", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository repository
						? new SessionWriteThrottle(repository, interval) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<SessionRequestScopeFilter> sessionRequestScopeFilter() {
		var registration = new FilterRegistrationBean<>(new SessionRequestScopeFilter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
