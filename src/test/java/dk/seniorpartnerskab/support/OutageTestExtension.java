package dk.seniorpartnerskab.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every {@link OutageTest} needs around each test: an empty database before, and
 * after, however the test ended, the database back ({@link TcpProxy#restore}) and the
 * application's pool reaching it again, so the next test (and the next class sharing the
 * context) does not start in an outage.
 */
class OutageTestExtension implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		data(context).clean();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(TcpProxy.class).restore();
		data(context).awaitDatabase();
	}

	private static TestData data(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(TestData.class);
	}

}
