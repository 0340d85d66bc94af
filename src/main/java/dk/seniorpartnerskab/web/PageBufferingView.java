package dk.seniorpartnerskab.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * Thymeleaf's page view, the page held in a reused buffer until it is whole. Thymeleaf
 * itself (with partial output off) builds each page in a new string builder that doubles
 * as it grows and is copied once more into a string at the end: about twice the page's
 * size in new memory for every page view. Here Thymeleaf writes into a character buffer
 * taken from a small pool, and the whole page is handed to the server in one write. As
 * before, nothing is sent until the page is whole, so a failure while rendering still
 * gets the whole error page ({@link DatabaseOutageFilter}). Put in place by
 * {@link WebConfiguration}; {@code PageBufferingViewTest}.
 */
public class PageBufferingView extends ThymeleafView {

	/** Buffers kept for reuse: enough for every request thread busy at once on a page. */
	private static final BlockingQueue<char[]> POOL = new ArrayBlockingQueue<>(64);

	/** A page buffer grown beyond this (in characters) is not kept. */
	static final int LARGEST_KEPT = 256 * 1024;

	private static final int FIRST_SIZE = 16 * 1024;

	/** Thymeleaf writes straight to the response's writer, which is the buffer. */
	@Override
	public boolean getProducePartialOutputWhileProcessing() {
		return true;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		var page = new PageWriter();
		try {
			super.render(model, request, new BufferedResponse(response, page));
			PrintWriter out = response.getWriter();
			out.write(page.chars, 0, page.length);
			out.flush();
		}
		finally {
			page.release();
		}
	}

	/** Characters in a pooled buffer, grown by doubling. */
	static final class PageWriter extends Writer {

		private char[] chars;

		private int length;

		PageWriter() {
			char[] pooled = POOL.poll();
			this.chars = pooled != null ? pooled : new char[FIRST_SIZE];
		}

		@Override
		public void write(int c) {
			ensure(1);
			this.chars[this.length++] = (char) c;
		}

		@Override
		public void write(char[] source, int offset, int count) {
			ensure(count);
			System.arraycopy(source, offset, this.chars, this.length, count);
			this.length += count;
		}

		@Override
		public void write(String text, int offset, int count) {
			ensure(count);
			text.getChars(offset, offset + count, this.chars, this.length);
			this.length += count;
		}

		@Override
		public void write(String text) {
			write(text, 0, text.length());
		}

		@Override
		public Writer append(CharSequence text) {
			String s = String.valueOf(text);
			write(s, 0, s.length());
			return this;
		}

		private void ensure(int more) {
			if (this.length + more > this.chars.length) {
				this.chars = Arrays.copyOf(this.chars, Math.max(this.chars.length * 2, this.length + more));
			}
		}

		/** Gives the buffer back to the pool, unless it grew too large to keep. */
		void release() {
			char[] buffer = this.chars;
			this.chars = null;
			if (buffer != null && buffer.length <= LARGEST_KEPT) {
				POOL.offer(buffer);
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

	/** The response, its writer the page buffer. */
	private static final class BufferedResponse extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		BufferedResponse(HttpServletResponse response, PageWriter page) {
			super(response);
			this.writer = new PrintWriter(page, false);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			return this.writer;
		}

	}

}
