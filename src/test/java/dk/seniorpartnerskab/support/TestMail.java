package dk.seniorpartnerskab.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the port the build reserved for this run
 * ({@code greenmail.port}, the same the test profile gives {@code spring.mail.port}). Use
 * as {@code @RegisterExtension static GreenMailExtension mail = TestMail.server();}.
 */
public final class TestMail {

	public static final int PORT = Integer.getInteger("greenmail.port", 3025);

	/** The servers of the test running now. */
	private static final Set<GreenMailExtension> running = ConcurrentHashMap.newKeySet();

	private TestMail() {
	}

	/**
	 * GreenMail waits 2 s for its server to start by default; a loaded build machine can
	 * take longer (the port of the previous test's server is being let go).
	 */
	public static ServerSetup smtp() {
		var setup = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		setup.setServerStartupTimeout(20_000);
		return setup;
	}

	/**
	 * A fresh server for each test method, started before the test's {@code @BeforeEach};
	 * {@link TestData#clean()} empties it.
	 */
	public static GreenMailExtension server() {
		return new GreenMailExtension(smtp()) {

			@Override
			public void beforeEach(ExtensionContext context) {
				super.beforeEach(context);
				running.add(this);
			}

			@Override
			public void afterEach(ExtensionContext context) {
				running.remove(this);
				super.afterEach(context);
			}

		}.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).withPerMethodLifecycle(true);
	}

	/** Deletes every mail the servers of the running test have received. */
	static void purgeRunning() {
		for (GreenMailExtension server : running) {
			try {
				server.purgeEmailFromAllMailboxes();
			}
			catch (FolderException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** A received mail's subject, for use in streams and assertions. */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A received mail's first recipient, for use in streams and assertions. */
	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
