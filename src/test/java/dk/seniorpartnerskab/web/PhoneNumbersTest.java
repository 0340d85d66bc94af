package dk.seniorpartnerskab.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

	@Test
	void eightDigitsAreShownInPairsAsDanesWriteThem() {
		assertThat(PhoneNumbers.format("43351000")).isEqualTo("43 35 10 00");
		assertThat(PhoneNumbers.format("4335 1000")).isEqualTo("43 35 10 00");
		assertThat(PhoneNumbers.format("43-35-10-00")).isEqualTo("43 35 10 00");
	}

	@Test
	void theDanishCountryCodeIsKeptInFront() {
		assertThat(PhoneNumbers.format("+4543351001")).isEqualTo("+45 43 35 10 01");
		assertThat(PhoneNumbers.format("004543351001")).isEqualTo("+45 43 35 10 01");
	}

	@Test
	void anythingElseIsShownAsTyped() {
		assertThat(PhoneNumbers.format("+46 8 123 456 78")).isEqualTo("+46 8 123 456 78");
		assertThat(PhoneNumbers.format("1234")).isEqualTo("1234");
		assertThat(PhoneNumbers.format(null)).isEmpty();
		assertThat(PhoneNumbers.format("  ")).isEmpty();
	}

}
