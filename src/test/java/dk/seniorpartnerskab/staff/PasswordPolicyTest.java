package dk.seniorpartnerskab.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void fewerThanTwelveCharactersAreRefused() {
		assertThat(policy.problem("Kort#kode1", "a@kl.dk")).contains("staff.password.length");
		assertThat(policy.problem("x".repeat(201), "a@kl.dk")).contains("staff.password.length");
	}

	@Test
	void commonPasswordsAreRefusedAlsoWhenPaddedOrRepeated() {
		assertThat(policy.problem("123456789012", "a@kl.dk")).contains("staff.password.common");
		assertThat(policy.problem("iloveyouiloveyou", "a@kl.dk")).contains("staff.password.common");
		assertThat(policy.problem("Password2024!", "a@kl.dk")).contains("staff.password.common");
		assertThat(policy.problem("!!sunshine2025", "a@kl.dk")).contains("staff.password.common");
		assertThat(policy.problem("dragondragon", "a@kl.dk")).contains("staff.password.common");
		assertThat(policy.problem("aaaaaaaaaaaaaa", "a@kl.dk")).contains("staff.password.common");
	}

	@Test
	void theUsersOwnEMailNameIsRefused() {
		assertThat(policy.problem("kirsten.hansen1", "kirsten.hansen@kl.dk")).contains("staff.password.common");
	}

	@Test
	void aLongOrUnusualPasswordIsAccepted() {
		assertThat(policy.problem("kaffe og kage i kantinen", "a@kl.dk")).isEmpty();
		assertThat(policy.problem("Xk9#mP2$vL8q", "a@kl.dk")).isEmpty();
		assertThat(policy.problem("en-lang-adgangskode", "a@kl.dk")).isEmpty();
	}

}
