package dk.seniorpartnerskab.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for tests in a real browser against the app on a random port. All browser tests
 * share this one Spring context; name classes {@code *BrowserTest} (they run in the
 * failsafe phase of {@code verify}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
public abstract class BrowserTestBase {

	@LocalServerPort
	protected int port;

	protected Browser browser(boolean javascript) {
		return Browser.open("http://localhost:" + port, javascript);
	}

}
