package dk.seniorpartnerskab.system;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job in the application looks again within 30 seconds, so a run that
 * failed (the database away for a moment) is retried soon, never an interval or a night
 * later: a job on a fixed delay looks at least that often (its own pace decides whether a
 * run is due, see {@code web.PacedJob}); a job on a cron expression has a retry method
 * beside it that does.
 */
@IntegrationTest
class ScheduledJobsTest {

	static final Duration SOON = Duration.ofSeconds(30);

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	void everyScheduledJobRetriesWithinThirtySeconds() {
		var jobs = new ArrayList<String>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = AopProxyUtils.ultimateTargetClass(context.getBean(name));
			if (!type.getPackageName().startsWith("dk.seniorpartnerskab")) {
				continue;
			}
			List<Method> scheduled = new ArrayList<>();
			ReflectionUtils.doWithMethods(type, scheduled::add,
					m -> AnnotatedElementUtils.hasAnnotation(m, Scheduled.class));
			for (Method method : scheduled) {
				jobs.add(type.getSimpleName() + "." + method.getName());
				Scheduled annotation = AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class);
				if (!annotation.cron().isEmpty()) {
					assertThat(scheduled).as("%s runs by cron: a retry method beside it", method)
						.anySatisfy(other -> assertThat(delayOf(other)).isLessThanOrEqualTo(SOON));
				}
				else {
					assertThat(delayOf(method)).as("%s looks again within 30 seconds", method)
						.isLessThanOrEqualTo(SOON);
				}
			}
		}
		assertThat(jobs).as("the jobs found")
			.contains("MailDispatcher.dispatchScheduled", "ReminderDispatcher.sendScheduled", "Needs.deleteScheduled",
					"EvaluationManagement.sendScheduled", "OutreachManagement.sendPlannedScheduled",
					"Retention.eraseNightly", "Retention.retryFailedErasure", "PendingAttachments.purgeScheduled",
					"EventPublications.resubmitScheduled");
	}

	private Duration delayOf(Method method) {
		Scheduled annotation = AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class);
		if (!annotation.cron().isEmpty()) {
			return Duration.ofDays(1);
		}
		if (annotation.fixedDelay() >= 0) {
			return Duration.of(annotation.fixedDelay(), annotation.timeUnit().toChronoUnit());
		}
		if (annotation.fixedRate() >= 0) {
			return Duration.of(annotation.fixedRate(), annotation.timeUnit().toChronoUnit());
		}
		String text = environment.resolveRequiredPlaceholders(!annotation.fixedDelayString().isEmpty()
				? annotation.fixedDelayString() : annotation.fixedRateString());
		return ApplicationConversionService.getSharedInstance().convert(text, Duration.class);
	}

}
