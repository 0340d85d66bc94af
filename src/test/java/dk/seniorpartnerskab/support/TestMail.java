package dk.seniorpartnerskab.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the build reserved for this run
 * ({@code greenmail.port}, the same the test profile gives {@code spring.mail.port}). Use
 * as {@code @RegisterExtension static GreenMailExtension mail = TestMail.server();}.
 */
public final class TestMail {

	public static final int PORT = Integer.getInteger("greenmail.port", 3025);

	private TestMail() {
	}

	public static ServerSetup smtp() {
		return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	}

	public static GreenMailExtension server() {
		return new GreenMailExtension(smtp())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
			.withPerMethodLifecycle(true);
	}

}
