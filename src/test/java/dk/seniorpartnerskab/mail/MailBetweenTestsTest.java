package dk.seniorpartnerskab.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.support.BackgroundWork;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the tests that read the first received mail rely on: once {@link TestData#clean()}
 * returns, no mail queued before it reaches the SMTP server. The scheduled dispatcher
 * (every second in tests, in every cached test context) may be in the middle of sending
 * an earlier test's mail when the next test cleans.
 */
@IntegrationTest
class MailBetweenTestsTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestMail.server();

	@Autowired
	TestData data;

	@Autowired
	MailFixtures fixtures;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void aSendInFlightWhenTheNextTestCleansIsDeliveredBeforeTheCleanReturnsNeverAfter() throws Exception {
		smtp.stop();
		try (var server = new RejectingSmtpServer(TestMail.PORT, "ingen@kommune.dk", true)) {
			var earlier = fixtures.enqueue("tidligere@kommune.dk");
			// The scheduled dispatcher claims it and waits for the server's greeting.
			server.awaitConnection(Duration.ofSeconds(30));

			var receivedWhenCleaned = new CompletableFuture<List<String>>();
			var cleaner = new Thread(() -> {
				try {
					data.clean();
					receivedWhenCleaned.complete(List.copyOf(server.acceptedMessageIds()));
				}
				catch (Throwable e) {
					receivedWhenCleaned.completeExceptionally(e);
				}
			}, "next-test");
			cleaner.start();
			await().until(() -> receivedWhenCleaned.isDone() || BackgroundWork.isWaiting(cleaner));
			server.release();

			assertThat(receivedWhenCleaned.get(30, TimeUnit.SECONDS)).as("mails the server had when the clean returned")
				.containsExactly(earlier.getMessageId());
		}
	}

	@Test
	void aMailThatArrivedBeforeTheCleanIsGoneAfterIt(@Autowired MailDispatcher dispatcher) {
		fixtures.enqueue("tidligere@kommune.dk");
		dispatcher.dispatchDue();
		// Sent by this call or by a scheduled run.
		await().until(() -> smtp.getReceivedMessages().length == 1);

		data.clean();

		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
