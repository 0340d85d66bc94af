package dk.seniorpartnerskab.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SMTP server that answers {@code 550} to RCPT for one rejected address and
 * accepts the rest, recording the Message-ID of every mail it accepts (GreenMail accepts
 * every recipient, so it cannot show what a real server's rejection does to the other
 * mails sent over the same connection). It can also hold every greeting back until
 * {@link #release()}: a send then stays in flight as long as a test needs.
 */
final class RejectingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final String rejected;

	private final List<String> acceptedMessageIds = new CopyOnWriteArrayList<>();

	private final CountDownLatch connected = new CountDownLatch(1);

	private final CountDownLatch greeting;

	RejectingSmtpServer(int port, String rejected) throws IOException {
		this(port, rejected, false);
	}

	RejectingSmtpServer(int port, String rejected, boolean holdGreetings) throws IOException {
		this.socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
		this.rejected = rejected.toLowerCase(Locale.ROOT);
		this.greeting = new CountDownLatch(holdGreetings ? 1 : 0);
		daemon(this::acceptAll);
	}

	List<String> acceptedMessageIds() {
		return acceptedMessageIds;
	}

	/** Waits until a client has connected (and, when held, waits for its greeting). */
	void awaitConnection(Duration timeout) throws InterruptedException {
		if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("No client connected within " + timeout);
		}
	}

	/** Greets the held connections and every later one at once. */
	void release() {
		greeting.countDown();
	}

	private void acceptAll() {
		while (!socket.isClosed()) {
			try {
				Socket connection = socket.accept();
				daemon(() -> serve(connection));
			}
			catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection;
				var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
				Writer out = new OutputStreamWriter(connection.getOutputStream(), StandardCharsets.UTF_8)) {
			connected.countDown();
			greeting.await();
			reply(out, "220 localhost ESMTP test");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 localhost");
				}
				else if (command.startsWith("RCPT")) {
					reply(out, line.toLowerCase(Locale.ROOT).contains(rejected) ? "550 5.1.1 No such user here"
							: "250 OK");
				}
				else if (command.equals("DATA")) {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					String messageId = null;
					for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
						if (messageId == null && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
							messageId = data.substring(11).trim();
						}
					}
					acceptedMessageIds.add(messageId);
					reply(out, "250 OK queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 Bye");
					return;
				}
				else {
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException e) {
			// The client went away.
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void daemon(Runnable task) {
		var thread = new Thread(task, "rejecting-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		release();
		socket.close();
	}

}
