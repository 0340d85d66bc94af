package dk.seniorpartnerskab.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port whose database a test can take away
 * ({@link TcpProxy}, autowirable): for what must survive a database outage. All classes
 * with this annotation share one context. Reminders are due hourly but tried again a
 * second after a failed run. Each test starts from an empty database and ends with the
 * database back, however it ended ({@link OutageTestExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.scheduling.reminder-interval=1h", "app.jobs.retry=1s" })
@ActiveProfiles("test")
@Import(OutageTestConfiguration.class)
@ExtendWith(OutageTestExtension.class)
public @interface OutageTest {

}
