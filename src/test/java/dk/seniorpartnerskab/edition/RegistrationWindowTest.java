package dk.seniorpartnerskab.edition;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;

class RegistrationWindowTest {

	private final Instant opens = Instant.parse("2022-06-01T07:00:00Z");

	private final Instant deadline = Instant.parse("2022-08-31T22:00:00Z");

	@Test
	void isNotYetOpenBeforeItOpens() {
		assertThat(RegistrationWindow.at(opens.minusSeconds(1), opens, deadline))
			.isEqualTo(RegistrationWindow.NOT_YET_OPEN);
	}

	@Test
	void isOpenFromTheOpeningMomentUntilJustBeforeTheDeadline() {
		assertThat(RegistrationWindow.at(opens, opens, deadline)).isEqualTo(RegistrationWindow.OPEN);
		assertThat(RegistrationWindow.at(deadline.minusMillis(1), opens, deadline)).isEqualTo(RegistrationWindow.OPEN);
	}

	@Test
	void closesAtTheDeadline() {
		assertThat(RegistrationWindow.at(deadline, opens, deadline)).isEqualTo(RegistrationWindow.CLOSED);
	}

	@Test
	void aCopyIsADraftWithTheSameSettings() {
		var edition = new Edition("Seniorpartnerskabet 2022-23", "2022", "SP22");
		edition.update("Seniorpartnerskabet 2022-23", "2022", "SP22", "Intro", "Detaljer", opens, deadline,
				LocalDate.of(2022, 10, 1), LocalDate.of(2023, 9, 30), 4, 3, 50, EditionStatus.PUBLISHED);
		var copy = edition.copyAs("Seniorpartnerskabet 2027", "2027", "SP27");
		assertThat(copy.getStatus()).isEqualTo(EditionStatus.DRAFT);
		assertThat(copy.getDevelopmentDaysPerNetwork()).isEqualTo(4);
		assertThat(copy.getMaxMunicipalities()).isEqualTo(50);
		assertThat(copy.getPublicIntro()).isEqualTo("Intro");
		assertThat(copy.referenceNumber(7)).isEqualTo("SP27-0007");
	}

}
