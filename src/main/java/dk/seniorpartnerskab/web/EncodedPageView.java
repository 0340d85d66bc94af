package dk.seniorpartnerskab.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A Thymeleaf page that reaches the client as one array of bytes, encoded by
 * {@link String#getBytes(Charset)}.
 * <p>
 * Pages are rendered whole before they are written
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}), and
 * Tomcat's writer then encoded the page 8 KB at a time with a {@code CharsetEncoder} that
 * falls back to a character-by-character loop after the first letter outside ASCII, which
 * every Danish page has near its top ("Gå til indhold").
 */
public class EncodedPageView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		super.render(model, request, new EncodingResponse(response));
	}

	private static final class EncodingResponse extends HttpServletResponseWrapper {

		private PrintWriter writer;

		EncodingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(new BytesWriter(this), false);
			}
			return this.writer;
		}

	}

	private static final class BytesWriter extends Writer {

		private final HttpServletResponse response;

		BytesWriter(HttpServletResponse response) {
			this.response = response;
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			String part = (offset == 0 && length == text.length()) ? text : text.substring(offset, offset + length);
			this.response.getOutputStream().write(part.getBytes(Charset.forName(this.response.getCharacterEncoding())));
		}

		@Override
		public void write(char[] characters, int offset, int length) throws IOException {
			write(new String(characters, offset, length), 0, length);
		}

		@Override
		public void flush() throws IOException {
			this.response.getOutputStream().flush();
		}

		@Override
		public void close() throws IOException {
			this.response.getOutputStream().close();
		}

	}

}
