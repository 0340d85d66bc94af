package dk.seniorpartnerskab.registration.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A filled-in registration form as the browser posts it, from a fresh client address each
 * time.
 */
final class RegistrationRequests {

	private static final AtomicInteger ADDRESS = new AtomicInteger();

	private RegistrationRequests() {
	}

	/**
	 * A different client address per call, so the rate limit of one test never hits
	 * another.
	 */
	static RequestPostProcessor newAddress() {
		int n = ADDRESS.incrementAndGet();
		String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static MockMultipartHttpServletRequestBuilder valid(String path) {
		var request = multipart(path);
		request.param("municipalityCode", "101")
			.param("contactName", "Hanne Hansen")
			.param("contactTitle", "HR-konsulent")
			.param("contactEmail", "hanne@kk.dk")
			.param("contactPhone", "+45 33 12 34 56")
			.param("effortStatus", "STARTED")
			.param("effortDescription",
					"Vi har en seniorpolitik og tilbyder seniorsamtaler til alle medarbejdere fra 58 år.")
			.param("collaborationForums", "HOVED_MED", "TRIO")
			.param("collaborationDescription", "HovedMED drøftede indsatsen i marts.")
			.param("participants[0].name", "Lene Leder")
			.param("participants[0].email", "lene@kk.dk")
			.param("participants[0].title", "Direktør")
			.param("participants[0].side", "MANAGEMENT")
			.param("participants[1].name", "Tom Tillid")
			.param("participants[1].email", "tom@kk.dk")
			.param("participants[1].title", "FTR")
			.param("participants[1].side", "EMPLOYEES")
			.param("consent", "true")
			.param("submissionToken", UUID.randomUUID().toString())
			.with(csrf())
			.with(newAddress());
		return request;
	}

	static MockMultipartHttpServletRequestBuilder valid() {
		return valid("/tilmelding");
	}

	/**
	 * Replaces a parameter of the filled-in form (MockMvc's {@code param} would add a
	 * second value).
	 */
	static RequestPostProcessor set(String name, String... values) {
		return request -> {
			request.setParameter(name, values);
			return request;
		};
	}

	static MockMultipartFile pdf(String name, int size) {
		byte[] bytes = new byte[Math.max(size, 16)];
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, bytes, 0, 9);
		return new MockMultipartFile("attachments", name, "application/pdf", bytes);
	}

}
