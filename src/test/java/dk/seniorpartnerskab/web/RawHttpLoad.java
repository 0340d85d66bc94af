package dk.seniorpartnerskab.web;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small load generator in the manner of wrk: keep-alive HTTP/1.1 connections over plain
 * sockets, one thread each, reading responses by Content-Length or chunks. Cheap enough
 * on the client side that the server, not the client, is what is measured (the JDK's
 * HttpClient costs several times more per request on these 2 cores).
 */
final class RawHttpLoad {

	private final int port;

	RawHttpLoad(int port) {
		this.port = port;
	}

	/**
	 * One user: {@code requests} requests in a row on one connection; the median in ms.
	 */
	double medianLatencyMillis(String path, String cookie, int requests) throws IOException {
		byte[] request = request(path, cookie);
		long[] nanos = new long[requests];
		try (var connection = new Connection(port)) {
			for (int i = 0; i < requests; i++) {
				long start = System.nanoTime();
				connection.exchange(request, path);
				nanos[i] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		return nanos[requests / 2] / 1e6;
	}

	/**
	 * The rate {@code connections} users get and the CPU time the server's request
	 * threads spent per request meanwhile (Tomcat's {@code http-nio-*} threads, measured
	 * through the JVM's thread bean; garbage collection not included). The CPU time does
	 * not depend on how many cores the client and other programs leave the server, so it
	 * compares runs on a busy machine where rates do not.
	 */
	record Load(double perSecond, double serverCpuMicrosPerRequest, double serverKilobytesPerRequest) {
	}

	Load load(String path, String cookie, int connections, long millis) throws Exception {
		long cpuBefore = serverThreads(false);
		long bytesBefore = serverThreads(true);
		long before = requests.get();
		double perSecond = requestsPerSecond(path, cookie, connections, millis);
		long cpu = serverThreads(false) - cpuBefore;
		long bytes = serverThreads(true) - bytesBefore;
		long served = Math.max(1, requests.get() - before);
		return new Load(perSecond, cpu / 1e3 / served, bytes / 1024.0 / served);
	}

	/**
	 * The CPU nanoseconds, or the bytes allocated, of Tomcat's request threads so far.
	 * The bytes a request allocates are nearly the same in every run, however busy the
	 * machine: the measure of work that does not drift.
	 */
	private static long serverThreads(boolean allocated) {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long total = 0;
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("http-nio-")) {
				long value = allocated ? threads.getThreadAllocatedBytes(info.getThreadId())
						: threads.getThreadCpuTime(info.getThreadId());
				total += Math.max(0, value);
			}
		}
		return total;
	}

	private final AtomicLong requests = new AtomicLong();

	/**
	 * {@code connections} users at once, each sending its next request as soon as the
	 * last is answered, for {@code millis}; requests per second.
	 */
	double requestsPerSecond(String path, String cookie, int connections, long millis) throws Exception {
		byte[] request = request(path, cookie);
		var done = new AtomicLong();
		var failure = new AtomicReference<Throwable>();
		var ready = new CountDownLatch(connections);
		var go = new CountDownLatch(1);
		long[] window = new long[2];
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			var thread = new Thread(() -> {
				try (var connection = new Connection(port)) {
					ready.countDown();
					go.await();
					long end = window[1];
					while (System.nanoTime() < end) {
						connection.exchange(request, path);
						done.incrementAndGet();
					}
				}
				catch (Throwable e) {
					failure.compareAndSet(null, e);
					ready.countDown();
				}
			});
			thread.start();
			threads.add(thread);
		}
		ready.await();
		window[0] = System.nanoTime();
		window[1] = window[0] + millis * 1_000_000;
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("load on " + path + " failed", failure.get());
		}
		requests.addAndGet(done.get());
		return done.get() / ((System.nanoTime() - window[0]) / 1e9);
	}

	private byte[] request(String path, String cookie) {
		var text = new StringBuilder("GET ").append(path)
			.append(" HTTP/1.1\r\nHost: localhost:")
			.append(port)
			.append("\r\nAccept: text/html,*/*\r\nAccept-Encoding: identity\r\nUser-Agent: benchmark\r\n");
		if (cookie != null) {
			text.append("Cookie: ").append(cookie).append("\r\n");
		}
		return text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** One keep-alive connection; reconnects when the server closes it. */
	private static final class Connection implements AutoCloseable {

		private final int port;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		Connection(int port) throws IOException {
			this.port = port;
			open();
		}

		private void open() throws IOException {
			socket = new Socket("localhost", port);
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(60_000);
			in = new BufferedInputStream(socket.getInputStream(), 65536);
			out = socket.getOutputStream();
		}

		void exchange(byte[] request, String path) throws IOException {
			out.write(request);
			out.flush();
			String status = line();
			if (!status.startsWith("HTTP/1.1 200")) {
				throw new IOException(path + " answered " + status);
			}
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase();
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long
					.parseLong(line().split(";")[0].trim(), 16)) {
					skip(size);
					line();
				}
				line();
			}
			else if (length >= 0) {
				skip(length);
			}
			if (close) {
				socket.close();
				open();
			}
		}

		private String line() throws IOException {
			var text = new StringBuilder();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					throw new EOFException();
				}
				if (b != '\r') {
					text.append((char) b);
				}
			}
			return text.toString();
		}

		private void skip(long bytes) throws IOException {
			while (bytes > 0) {
				long skipped = in.skip(bytes);
				if (skipped <= 0) {
					if (in.read() < 0) {
						throw new EOFException();
					}
					skipped = 1;
				}
				bytes -= skipped;
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

}
