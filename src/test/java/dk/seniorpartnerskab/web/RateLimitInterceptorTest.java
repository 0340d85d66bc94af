package dk.seniorpartnerskab.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitInterceptorTest {

	static class Handler {

		@RateLimited("test")
		void post() {
		}

		@RateLimited(value = "rows", times = 6)
		void addRow() {
		}

	}

	private final RateLimitInterceptor interceptor = new RateLimitInterceptor(10);

	private boolean call(String address, String token) throws Exception {
		return call(address, token, "post");
	}

	private boolean call(String address, String token, String method) throws Exception {
		var request = new MockHttpServletRequest("POST",
				"/invitation/" + (token + "x".repeat(43)).substring(0, 43) + "/svar");
		request.setRemoteAddr(address);
		return interceptor.preHandle(request, new MockHttpServletResponse(),
				new HandlerMethod(new Handler(), Handler.class.getDeclaredMethod(method)));
	}

	@Test
	void theEleventhRequestWithOneTokenIsRefusedFromWhateverAddress() throws Exception {
		for (int i = 0; i < 10; i++) {
			int n = i;
			assertThatCode(() -> call("10.0.0." + n, "abc")).doesNotThrowAnyException();
		}
		assertThatThrownBy(() -> call("10.0.0.99", "abc")).isInstanceOf(TooManyRequestsException.class);
		assertThatCode(() -> call("10.0.0.99", "other")).doesNotThrowAnyException();
	}

	@Test
	void theEleventhRequestFromOneAddressIsRefusedWhateverTheToken() throws Exception {
		for (int i = 0; i < 10; i++) {
			int n = i;
			assertThatCode(() -> call("10.0.0.1", "t" + n)).doesNotThrowAnyException();
		}
		assertThatThrownBy(() -> call("10.0.0.1", "t99")).isInstanceOf(TooManyRequestsException.class);
	}

	@Test
	void aFamilyWithSixTimesTheAllowanceIsRefusedAtTheSixtyFirst() throws Exception {
		for (int i = 0; i < 60; i++) {
			assertThatCode(() -> call("10.0.0.2", "row", "addRow")).doesNotThrowAnyException();
		}
		assertThatThrownBy(() -> call("10.0.0.2", "row", "addRow")).isInstanceOf(TooManyRequestsException.class);
	}

}
