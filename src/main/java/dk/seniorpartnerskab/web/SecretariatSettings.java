package dk.seniorpartnerskab.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default secretariat ({@code app.secretariat.*}, README: Configuration), used for
 * every edition that sets none of its own (edition settings). Settings about who answers
 * for the programme belong here too (e.g. a data protection officer).
 */
@ConfigurationProperties(prefix = "app.secretariat")
public record SecretariatSettings(String name, String email, String phone) {

	public SecretariatSettings {
		name = blank(name) ? "Sekretariatet for Seniorpartnerskabet" : name.trim();
		email = blank(email) ? "sekretariat@seniorpartnerskab.local" : email.trim();
		phone = blank(phone) ? "" : phone.trim();
	}

	public Secretariat secretariat() {
		return new Secretariat(name, email, phone);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
