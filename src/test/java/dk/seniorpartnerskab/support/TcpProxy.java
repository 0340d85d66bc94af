package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy between the application and a server (the test PostgreSQL) that can take
 * the server away: {@link #cut()} closes every open connection and refuses new ones (they
 * are accepted and closed at once) until {@link #restore()}. {@link #cutWhen(String)}
 * does the same at an exact moment: when the client sends a message containing the given
 * text (e.g. a piece of SQL), that message is dropped, never reaching the server, and the
 * connections go. Use {@code prepareThreshold=0} in the JDBC URL so the driver sends
 * every statement's text.
 * <p>
 * Deterministic and fast: no server is stopped, no timeout waited for. Listens on the
 * loopback address only.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean down;

	private volatile String trigger;

	private volatile CountDownLatch tripped = new CountDownLatch(1);

	public TcpProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Closes every connection and refuses new ones until {@link #restore()}. */
	public void cut() {
		down = true;
		for (Socket socket : sockets) {
			closeQuietly(socket);
		}
		sockets.clear();
	}

	/** Lets connections through again. */
	public void restore() {
		trigger = null;
		down = false;
	}

	public boolean isDown() {
		return down;
	}

	/**
	 * Arms a trigger: the first client message containing {@code text} (case-insensitive)
	 * is dropped and the proxy {@link #cut() cuts} at that moment.
	 */
	public void cutWhen(String text) {
		tripped = new CountDownLatch(1);
		trigger = text.toLowerCase(Locale.ROOT);
	}

	/** Waits until an armed trigger has fired; false when it did not within the time. */
	public boolean awaitCut(Duration timeout) {
		try {
			return tripped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		cut();
		closeQuietly(server);
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			Socket client;
			try {
				client = server.accept();
			}
			catch (IOException e) {
				return;
			}
			if (down) {
				closeQuietly(client);
				continue;
			}
			try {
				var upstream = new Socket();
				upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				sockets.add(client);
				sockets.add(upstream);
				if (down) {
					// cut() ran while this connection was being opened
					closeQuietly(client);
					closeQuietly(upstream);
					continue;
				}
				pump(client, upstream, true);
				pump(upstream, client, false);
			}
			catch (IOException e) {
				closeQuietly(client);
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromClient) {
		var thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			String tail = "";
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					if (down) {
						break;
					}
					String armed = trigger;
					if (fromClient && armed != null) {
						// Keep the end of the previous chunk: the text may span two
						// reads.
						String seen = tail
								+ new String(buffer, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
						if (seen.contains(armed)) {
							trigger = null;
							cut();
							tripped.countDown();
							break;
						}
						tail = seen.substring(Math.max(0, seen.length() - armed.length()));
					}
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException e) {
				// the other side or cut() closed the connection
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				sockets.remove(from);
				sockets.remove(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// closing anyway
		}
	}

}
