package dk.seniorpartnerskab.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who a person contacts about their personal data, as the privacy page names them: the
 * secretariat (handles requests for insight and erasure) and the data protection officer
 * (DPO). Blank values are left off the page.
 */
@ConfigurationProperties(prefix = "app.privacy")
public record PrivacySettings(String secretariatName, String secretariatEmail, String secretariatPhone, String dpoName,
		String dpoEmail, String dpoPhone) {

	public PrivacySettings {
		secretariatName = orDefault(secretariatName, "Seniorpartnerskabets sekretariat");
		secretariatEmail = orDefault(secretariatEmail, "");
		secretariatPhone = orDefault(secretariatPhone, "");
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
