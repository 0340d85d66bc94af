package dk.seniorpartnerskab.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

	record Form(@EmailAddress String email) {
	}

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	private boolean valid(String email) {
		return validator.validate(new Form(email)).isEmpty();
	}

	@Test
	void anAddressNeedsADomainWithADot() {
		assertThat(valid("navn@kommune.dk")).isTrue();
		assertThat(valid("fornavn.efternavn@htk.kommune.dk")).isTrue();
		assertThat(valid("navn@htk")).isFalse();
		assertThat(valid("navn@.dk")).isFalse();
		assertThat(valid("navn@kommune.")).isFalse();
		assertThat(valid("navn kommune.dk")).isFalse();
		assertThat(valid("a".repeat(250) + "@k.dk")).isFalse();
	}

	@Test
	void blankIsLeftToNotBlank() {
		assertThat(valid(null)).isTrue();
	}

	/**
	 * Every form (public, private page, staff, substitutes) takes e-mail addresses
	 * through the one rule, never a bare {@code @Email}.
	 */
	@Test
	void everyFormsEmailFieldUsesTheOneRule() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form")));
		var checked = new ArrayList<String>();
		for (var candidate : scanner.findCandidateComponents("dk.seniorpartnerskab")) {
			var type = Class.forName(candidate.getBeanClassName());
			var elements = new ArrayList<AnnotatedElement>();
			if (type.isRecord()) {
				for (var component : type.getRecordComponents()) {
					elements.add(component);
				}
			}
			for (var field : type.getDeclaredFields()) {
				elements.add(field);
			}
			for (var element : elements) {
				String name = element instanceof Field f ? f.getName() : ((RecordComponent) element).getName();
				Class<?> valueType = element instanceof Field f ? f.getType() : ((RecordComponent) element).getType();
				// A search must find addresses stored before the rule (navn@htk), so it
				// takes any.
				if (valueType == String.class && name.toLowerCase(Locale.ROOT).endsWith("email")
						&& !type.getSimpleName().equals("PersonSearchForm")) {
					assertThat(element.isAnnotationPresent(EmailAddress.class))
						.as(type.getSimpleName() + "." + name + " uses @EmailAddress")
						.isTrue();
					assertThat(element.isAnnotationPresent(Email.class)).isFalse();
					checked.add(type.getSimpleName() + "." + name);
				}
			}
		}
		assertThat(checked).contains("RegistrationForm.contactEmail", "ParticipantForm.email", "LinkForm.email",
				"SubstituteForm.email", "StaffUserForm.email", "EditionForm.secretariatEmail", "ContactForm.email");
	}

}
