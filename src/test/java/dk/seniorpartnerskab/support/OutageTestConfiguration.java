package dk.seniorpartnerskab.support;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's database reached through a {@link TcpProxy}, so a test can take it
 * away and bring it back. A database of its own (no other test context's scheduled jobs
 * touch it) and a pool that gives up on a connection after one second, so requests and
 * jobs during an outage fail fast.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutageTestConfiguration {

	private static TcpProxy proxy;

	private static String databaseName;

	/** The proxy in front of the outage tests' database (one per test JVM). */
	public static synchronized TcpProxy proxy() {
		if (proxy == null) {
			var database = TestDatabase.get();
			databaseName = database.createDatabase("outage");
			proxy = new TcpProxy(database.host(), database.port());
		}
		return proxy;
	}

	/**
	 * The outage tests' database, reached directly (never cut): to look at rows during an
	 * outage.
	 */
	public static String directJdbcUrl() {
		proxy();
		return TestDatabase.get().jdbcUrl(databaseName);
	}

	@Bean
	TcpProxy databaseProxy() {
		return proxy();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource() {
		var proxy = proxy();
		var database = TestDatabase.get();
		String url = database.jdbcUrl("127.0.0.1", proxy.port(), databaseName);
		var dataSource = new HikariDataSource();
		// prepareThreshold=0: the driver sends every statement's text, so
		// TcpProxy#cutWhen
		// can recognise it.
		dataSource.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0");
		dataSource.setUsername(database.username());
		dataSource.setPassword(database.password());
		dataSource.setMaximumPoolSize(8);
		dataSource.setConnectionTimeout(1000);
		dataSource.setValidationTimeout(500);
		dataSource.setPoolName("outage");
		return dataSource;
	}

}
