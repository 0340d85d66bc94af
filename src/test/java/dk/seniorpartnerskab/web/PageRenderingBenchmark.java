package dk.seniorpartnerskab.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dk.seniorpartnerskab.SeniorpartnerskabApplication;
import dk.seniorpartnerskab.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Arrays;

/**
 * The resource-chain trap from STACK.md, measured on our landing page: requests per
 * second with our {@link Assets} (only asset links resolved, once) against Spring's
 * {@code ResourceUrlEncodingFilter} (every {@code @{...}} link run through the resolver
 * chain on every request). Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=PageRenderingBenchmark}; it prints the figures
 * and the ratio.
 */
class PageRenderingBenchmark {

	private static final int ROUNDS = 7;

	private static final int REQUESTS_PER_ROUND = 1000;

	@Test
	void landingPageWithAndWithoutRunningEveryLinkThroughTheResourceChain() throws Exception {
		try (var ours = start(false); var filter = start(true)) {
			var client = HttpClient.newHttpClient();
			// Both apps run side by side and are measured in alternating rounds, so JIT
			// warm-up and the
			// machine's noise fall on both alike; the medians are compared.
			measure(client, ours, 300);
			measure(client, filter, 300);
			double[] a = new double[ROUNDS];
			double[] b = new double[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				a[round] = measure(client, ours, REQUESTS_PER_ROUND);
				b[round] = measure(client, filter, REQUESTS_PER_ROUND);
			}
			Arrays.sort(a);
			Arrays.sort(b);
			double medianOurs = a[ROUNDS / 2];
			double medianFilter = b[ROUNDS / 2];
			System.out.printf(
					"%n[benchmark] landing page, median of %d rounds of %d requests: %.0f req/s with "
							+ "Assets, %.0f req/s with ResourceUrlEncodingFilter (ratio %.2f)%n",
					ROUNDS, REQUESTS_PER_ROUND, medianOurs, medianFilter, medianOurs / medianFilter);
			assertThat(medianOurs / medianFilter).as("Assets against the resource chain, the README's claim")
				.isGreaterThan(1.2);
		}
	}

	private static ConfigurableApplicationContext start(boolean encodingFilter) {
		var database = TestDatabase.get();
		return new SpringApplicationBuilder(SeniorpartnerskabApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.web.resources.chain.enabled=" + encodingFilter,
					"--spring.web.resources.chain.strategy.content.enabled=" + encodingFilter,
					"--spring.web.resources.chain.strategy.content.paths=/**");
	}

	private static double measure(HttpClient client, ConfigurableApplicationContext app, int requests)
			throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("Accept", "text/html")
			.build();
		long start = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			var response = client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
		}
		return requests / ((System.nanoTime() - start) / 1e9);
	}

}
