package dk.seniorpartnerskab.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RegistrationTest {

	private static final Instant NOW = Instant.parse("2027-05-01T10:00:00Z");

	private static Registration received() {
		return new Registration(1, 101, "SP27-0001", RegistrationStatus.RECEIVED,
				RegistrationFixtures.details("hr@kk.dk"), RegistrationFixtures.participants(), List.of(),
				UUID.randomUUID().toString(), "hash", NOW);
	}

	@Test
	void aNewRegistrationStartsItsHistoryWithTheSubmission() {
		var registration = received();
		assertThat(registration.getHistory()).singleElement().satisfies(h -> {
			assertThat(h.getAction()).isEqualTo("submitted");
			assertThat(h.getActor()).isEqualTo(Registration.CONTACT);
			assertThat(h.getAt()).isEqualTo(NOW);
		});
		assertThat(registration.getParticipants()).extracting(Participant::getSide)
			.containsExactly(Side.MANAGEMENT, Side.EMPLOYEES);
	}

	@Test
	void aNewRegistrationIsReceivedOrOnTheWaitingListNothingElse() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Registration(1, 101, "SP27-0001", RegistrationStatus.APPROVED,
					RegistrationFixtures.details("a@b.dk"), List.of(), List.of(), "t", "h", NOW));
	}

	@Test
	void approvalIsRecordedWithActorAndTime() {
		var registration = received();
		registration.approve("staff@kl.dk", NOW.plusSeconds(60));
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(registration.getHistory()).last().satisfies(h -> {
			assertThat(h.getActor()).isEqualTo("staff@kl.dk");
			assertThat(h.getAction()).isEqualTo("approved");
			assertThat(h.getAt()).isEqualTo(NOW.plusSeconds(60));
		});
	}

	@Test
	void anApprovedRegistrationCannotBeApprovedAgainAndAWithdrawnOneCannotChangeState() {
		var registration = received();
		registration.approve("staff@kl.dk", NOW);
		assertThatIllegalStateException().isThrownBy(() -> registration.approve("staff@kl.dk", NOW));
		registration.withdraw(Registration.CONTACT, NOW);
		assertThatIllegalStateException().isThrownBy(() -> registration.approve("staff@kl.dk", NOW));
		assertThatIllegalStateException().isThrownBy(() -> registration.placeOnWaitingList("staff@kl.dk", NOW));
		assertThatIllegalStateException().isThrownBy(() -> registration.reject("staff@kl.dk", "nej", NOW));
		assertThatIllegalStateException().isThrownBy(() -> registration.withdraw(Registration.CONTACT, NOW));
	}

	@Test
	void onlyApprovedRegistrationsJoinANetworkAndLeavingTheListOrWithdrawingLeavesIt() {
		var registration = received();
		assertThatIllegalStateException().isThrownBy(() -> registration.assignToNetwork(7L, "staff@kl.dk", NOW));
		registration.approve("staff@kl.dk", NOW);
		registration.assignToNetwork(7L, "staff@kl.dk", NOW);
		assertThat(registration.getNetworkId()).isEqualTo(7L);
		assertThat(registration.getHistory()).last().extracting(HistoryEntry::getDetail).isEqualTo("- -> 7");
		registration.placeOnWaitingList("staff@kl.dk", NOW);
		assertThat(registration.getNetworkId()).isNull();
	}

	@Test
	void aRejectionNeedsAReason() {
		var registration = received();
		assertThatIllegalArgumentException().isThrownBy(() -> registration.reject("staff@kl.dk", " ", NOW));
		registration.reject("staff@kl.dk", "Ingen samarbejde med medarbejderne", NOW);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
		assertThat(registration.getRejectionReason()).isEqualTo("Ingen samarbejde med medarbejderne");
	}

	@Test
	void changedDetailsAreNamedInTheHistoryAndUnchangedOnesAddNothing() {
		var registration = received();
		registration.changeDetails(RegistrationFixtures.details("hr@kk.dk"), Registration.CONTACT, NOW);
		assertThat(registration.getHistory()).hasSize(1);
		var changed = RegistrationFixtures.details("ny@kk.dk");
		registration.changeDetails(changed, Registration.CONTACT, NOW);
		assertThat(registration.getHistory()).last().satisfies(h -> {
			assertThat(h.getAction()).isEqualTo("details-changed");
			assertThat(h.getDetail()).isEqualTo("contactEmail");
		});
	}

	@Test
	void participantsAreAddedAndRemovedWithHistory() {
		var registration = received();
		var wanted = new ArrayList<ParticipantDetails>();
		wanted.add(new ParticipantDetails(null, "Ny Person", "ny@kk.dk", "TR", Side.EMPLOYEES));
		registration.changeParticipants(wanted, Registration.CONTACT, NOW);
		assertThat(registration.getParticipants()).extracting(Participant::getName).containsExactly("Ny Person");
		assertThat(registration.getHistory()).extracting(HistoryEntry::getAction)
			.containsExactly("submitted", "participant-added", "participant-removed", "participant-removed");
	}

}
