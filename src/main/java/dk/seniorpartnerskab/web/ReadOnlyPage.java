package dk.seniorpartnerskab.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A page handler whose reads share one read-only transaction. Called one after another
 * outside a transaction, each repository or module call opens its own: an entity manager,
 * a connection from the pool, a BEGIN and a COMMIT, about 0.2 to 0.3 ms of CPU each on a
 * 2-core machine, against about as much again for the query itself (README: Speed, fix
 * 23). Read-only: nothing loaded is written back, and a write in such a handler fails at
 * once instead of passing unnoticed. For GET handlers that only read; rendering happens
 * after the transaction, as before.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReadOnlyPage {

}
