package dk.seniorpartnerskab.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public handler that writes or sends mail, limited by {@link RateLimitInterceptor}: so
 * many requests a minute per client address and, when the path has a {@code {token}}, per
 * token, for each family of requests ({@link #value()}, e.g. {@code "substitute"}). Every
 * public POST carries it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

	/** The family of requests that share one allowance. */
	String value();

	/**
	 * How many times the base allowance ({@code app.rate-limit.per-minute}) this family
	 * gets: more for steps a person takes often while filling in one form (adding a
	 * participant without JavaScript), never unlimited.
	 */
	int times() default 1;

}
