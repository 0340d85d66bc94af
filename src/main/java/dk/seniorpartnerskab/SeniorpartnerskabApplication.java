package dk.seniorpartnerskab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Seniorpartnerskab: runs KL's and Forhandlingsfællesskabet's partnership programme for a
 * good and long senior working life, from registration to toolkits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SeniorpartnerskabApplication {

	public static void main(String[] args) {
		SpringApplication.run(SeniorpartnerskabApplication.class, args);
	}

}
