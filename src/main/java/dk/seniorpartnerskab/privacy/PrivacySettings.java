package dk.seniorpartnerskab.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data protection officer (DPO), as the privacy page names them next to the
 * secretariat. The secretariat itself has one source: {@code app.secretariat.*} and the
 * edition's own settings ({@code web.Secretariats}). Blank values are left off the page.
 */
@ConfigurationProperties(prefix = "app.privacy")
public record PrivacySettings(String dpoName, String dpoEmail, String dpoPhone) {

	public PrivacySettings {
		dpoName = orDefault(dpoName, "");
		dpoEmail = orDefault(dpoEmail, "");
		dpoPhone = orDefault(dpoPhone, "");
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	public boolean hasDpo() {
		return !dpoName.isEmpty() || !dpoEmail.isEmpty() || !dpoPhone.isEmpty();
	}

}
