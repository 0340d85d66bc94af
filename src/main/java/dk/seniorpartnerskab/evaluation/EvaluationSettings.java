package dk.seniorpartnerskab.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When evaluations go out: days after the first mail before the single reminder, and how
 * old a development day may be and still get its evaluation (attendance marked late).
 */
@ConfigurationProperties("app.evaluation")
public record EvaluationSettings(@DefaultValue("5") int reminderAfterDays, @DefaultValue("30") int latestAfterDays,
		@DefaultValue("15m") Duration interval) {
}
