package dk.seniorpartnerskab.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.seniorpartnerskab.SeniorpartnerskabApplication;

/**
 * A second instance of the whole application on the test database, as operations would
 * run two: for what must happen once however many instances run it. Its scheduled jobs
 * run too, like a real second instance's.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static SecondInstance start() {
		var database = TestDatabase.get();
		return new SecondInstance(new SpringApplicationBuilder(SeniorpartnerskabApplication.class).profiles("test")
			.properties("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "server.port=0")
			.run());
	}

	public <T> T getBean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * Runs both at the same moment, each on its own thread, and adds up what they return.
	 */
	public static int atTheSameMoment(Callable<Integer> first, Callable<Integer> second) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var runs = new ArrayList<Future<Integer>>();
			for (var run : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					start.await();
					return run.call();
				}));
			}
			start.countDown();
			int total = 0;
			for (var run : runs) {
				total += run.get(120, TimeUnit.SECONDS);
			}
			return total;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
