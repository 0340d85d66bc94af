package dk.seniorpartnerskab.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the app can be reached once it is ready. */
@Component
class StartupAnnouncer {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncer.class);

	private final String baseUrl;

	StartupAnnouncer(@Value("${app.base-url}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	@EventListener
	void announce(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Seniorpartnerskab is running at http://localhost:{}/ (links in mail use {})",
					web.getWebServer().getPort(), baseUrl);
		}
	}

}
