package dk.seniorpartnerskab.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionStatus;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * Demo data for the embedded default only (never against a configured database): an open
 * edition whose deadline lies ahead, so every flow can be tried at once. Idempotent: it
 * adds nothing that is there, also with several instances starting at once
 * ({@link StartupLock}).
 */
@Component
@Order(10)
@Conditional(EmbeddedDefaultCondition.class)
class DemoData implements ApplicationRunner {

	static final String DEMO_SLUG = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final EditionRepository editions;

	private final Clock clock;

	private final StartupLock startupLock;

	DemoData(EditionRepository editions, Clock clock, StartupLock startupLock) {
		this.editions = editions;
		this.clock = clock;
		this.startupLock = startupLock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		startupLock.acquire();
		if (editions.existsBySlug(DEMO_SLUG)) {
			return;
		}
		var now = clock.instant();
		var today = LocalDate.ofInstant(now, Copenhagen.ZONE);
		var edition = new Edition("Seniorpartnerskabet " + today.plusYears(1).getYear() + " (demo)", DEMO_SLUG,
				"SP" + String.valueOf(today.plusYears(1).getYear()).substring(2));
		edition.update(edition.getName(), DEMO_SLUG, edition.getReferencePrefix(),
				"Vær med i Seniorpartnerskabet: et årigt forløb, hvor kommuner sammen udvikler en god seniorindsats.",
				"Forløbet består af udviklingsdage og digitale møder i netværk af kommuner.",
				today.minusDays(7).atTime(9, 0).atZone(Copenhagen.ZONE).toInstant(),
				today.plusDays(60).atTime(12, 0).atZone(Copenhagen.ZONE).toInstant(), today.plusDays(90),
				today.plusDays(90 + 330), Edition.DEFAULT_DEVELOPMENT_DAYS, Edition.DEFAULT_DIGITAL_MEETINGS, null,
				EditionStatus.PUBLISHED);
		editions.save(edition);
		log.info("Demo data: created the open edition '{}'", edition.getName());
	}

}
