package dk.seniorpartnerskab.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port whose database a test can take away
 * ({@link TcpProxy}, autowirable): for what must survive a database outage. All classes
 * with this annotation share one context. Reminders are due hourly but tried again a
 * second after a failed run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.scheduling.reminder-interval=1h", "app.jobs.retry=1s" })
@ActiveProfiles("test")
@Import(OutageTestConfiguration.class)
public @interface OutageTest {

}
