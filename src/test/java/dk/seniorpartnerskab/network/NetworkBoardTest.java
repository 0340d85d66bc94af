package dk.seniorpartnerskab.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipationInfo;
import dk.seniorpartnerskab.registration.ParticipationLine;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.review.OpenEditionTestBase;
import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.jsoup.nodes.Document;

@IntegrationTest
@RecordApplicationEvents
class NetworkBoardTest extends OpenEditionTestBase {

	@Autowired
	NetworkRepository networks;

	@Autowired
	NetworkManagement management;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	List<ParticipationInfo> participationInfos;

	@Autowired
	ApplicationEvents events;

	@Autowired
	NetworkAssignments assignments;

	@Test
	void staffPlaceAnApprovedMunicipalityByHandAndItIsPinnedAuditedAndAnnounced() throws Exception {
		var north = management.create(edition.getId(), "Netværk Nord", "", 10, null, "a@kl.dk");
		long id = fixtures.approved(edition.getId(), all.get(0).getCode(), EffortStatus.STARTED);

		var before = board();
		assertThat(before.select("#unassigned-heading").text()).contains("(1)");

		mvc.perform(staff(post("/admin/netvaerk/tildel")).param("registrationId", String.valueOf(id))
			.param("networkId", north.getId().toString())
			.param("forloeb", edition.getId().toString())).andExpect(status().is3xxRedirection());

		assertThat(registrations.findById(id).orElseThrow().getNetworkId()).isEqualTo(north.getId());
		var after = board();
		assertThat(after.select("#unassigned-heading").text()).contains("(0)");
		var section = after.select("#network-" + north.getId() + "-heading").first().parent();
		assertThat(section.text()).contains(all.get(0).getName(), "1 af 10 kommuner", "1 i gang, 0 besluttet",
				all.get(0).getRegion().getName() + " 1", "Ja");
		assertThat(events.stream(MunicipalityAssigned.class))
			.containsExactly(new MunicipalityAssigned(id, null, north.getId()));
		var entry = audit.findByActionOrderByIdAsc("registration.assigned").get(0);
		assertThat(entry.getActor()).isEqualTo("staff@kl.dk");
		assertThat(entry.getAfter()).isEqualTo("Netværk Nord");
		assertThat(participationInfos.stream().flatMap(info -> info.linesFor(id).stream()))
			.contains(new ParticipationLine("Netværk", "Netværk Nord"));
	}

	@Test
	void aNetworksRegionsAreCountedInDanishOrder() {
		var north = management.create(edition.getId(), "Netværk Nord", "", 10, null, "a@kl.dk");
		var byRegion = new LinkedHashMap<String, List<Municipality>>();
		all.forEach(m -> byRegion.computeIfAbsent(m.getRegion().getName(), r -> new ArrayList<>()).add(m));
		assertThat(byRegion).hasSize(5);
		// Two from the last region by name, one from each of the first two, put in in
		// that
		// order.
		var names = byRegion.keySet().stream().sorted().toList();
		var chosen = List.of(byRegion.get(names.get(4)).get(0), byRegion.get(names.get(4)).get(1),
				byRegion.get(names.get(1)).get(0), byRegion.get(names.get(0)).get(0));
		for (Municipality m : chosen) {
			long id = fixtures.approved(edition.getId(), m.getCode(), EffortStatus.STARTED);
			assignments.assign(id, north.getId(), null, "a@kl.dk");
		}

		var column = assignments.board(edition.getId()).networks().get(0);

		assertThat(column.regions()).containsExactly(entry(names.get(0), 1L), entry(names.get(1), 1L),
				entry(names.get(4), 2L));
	}

	@Test
	void aFullNetworkTakesNoMoreAndANetworkWithMembersCannotBeRemoved() throws Exception {
		var small = management.create(edition.getId(), "Lille", "", 1, null, "a@kl.dk");
		long first = fixtures.approved(edition.getId(), all.get(0).getCode(), EffortStatus.STARTED);
		long second = fixtures.approved(edition.getId(), all.get(1).getCode(), EffortStatus.DECIDED);
		assign(first, small.getId());
		var page = mvc
			.perform(staff(post("/admin/netvaerk/tildel")).param("registrationId", String.valueOf(second))
				.param("networkId", small.getId().toString())
				.param("forloeb", edition.getId().toString()))
			.andReturn();
		assertThat(page.getFlashMap().get("failure")).isEqualTo("network.assign.full");
		assertThat(registrations.findById(second).orElseThrow().getNetworkId()).isNull();

		var removal = mvc.perform(staff(post("/admin/netvaerk/" + small.getId() + "/slet")).param("version",
				String.valueOf(networks.findById(small.getId()).orElseThrow().getVersion())))
			.andReturn();
		assertThat(removal.getFlashMap().get("failure")).isEqualTo("network.remove.hasMembers");
		assertThat(networks.findById(small.getId())).isPresent();
	}

	@Test
	void theProposalIsPreviewedWithMovesMarkedAndAcceptingItKeepsPinnedMunicipalities() throws Exception {
		var ids = new ArrayList<Long>();
		var a = management.create(edition.getId(), "A", "", 10, null, "a@kl.dk");
		management.create(edition.getId(), "B", "", 10, null, "a@kl.dk");
		management.create(edition.getId(), "C", "", 10, null, "a@kl.dk");
		for (int i = 0; i < 9; i++) {
			ids.add(fixtures.approved(edition.getId(), all.get(i * 10).getCode(),
					i % 2 == 0 ? EffortStatus.STARTED : EffortStatus.DECIDED));
		}
		long pinned = ids.get(0);
		assign(pinned, a.getId());
		long receivedOnly = fixtures.received(edition.getId(), all.get(95).getCode());

		var preview = Jsoup.parse(mvc
			.perform(get("/admin/netvaerk/forslag").param("forloeb", edition.getId().toString())
				.with(user("staff@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(preview.select("h1").text()).startsWith("Forslag til fordeling");
		assertThat(preview.select("tr.app-moved")).hasSize(8);
		assertThat(preview.select("input[name=moves]")).hasSize(8);
		assertThat(preview.text()).contains("Bliver (fastlåst)", "3 af 10 kommuner");
		assertThat(registrations.findById(ids.get(1)).orElseThrow().getNetworkId()).as("nothing changes yet").isNull();

		var accept = staff(post("/admin/netvaerk/forslag")).param("forloeb", edition.getId().toString());
		preview.select("input[name=moves]").forEach(input -> accept.param("moves", input.val()));
		mvc.perform(accept).andExpect(status().is3xxRedirection());

		assertThat(registrations.findById(pinned).orElseThrow().getNetworkId()).isEqualTo(a.getId());
		var sizes = networks.findByEditionIdOrderByNameAsc(edition.getId())
			.stream()
			.map(n -> registrations.findByNetworkId(n.getId()).size())
			.toList();
		assertThat(sizes).containsExactly(3, 3, 3);
		assertThat(registrations.findById(receivedOnly).orElseThrow().getNetworkId()).isNull();
		assertThat(events.stream(MunicipalityAssigned.class)).hasSize(9);
		assertThat(audit.findByActionOrderByIdAsc("network.proposalAccepted")).hasSize(1);
		assertThat(audit.findByActionOrderByIdAsc("registration.assigned")).hasSize(9);
	}

	@Test
	void aMoveInAnOldProposalIsSkippedWhenSomeoneMovedTheMunicipalityMeanwhile() throws Exception {
		var a = management.create(edition.getId(), "A", "", 10, null, "a@kl.dk");
		var b = management.create(edition.getId(), "B", "", 10, null, "a@kl.dk");
		long id = fixtures.approved(edition.getId(), all.get(0).getCode(), EffortStatus.STARTED);
		assign(id, b.getId());
		mvc.perform(staff(post("/admin/netvaerk/forslag")).param("forloeb", edition.getId().toString())
			.param("moves", id + ":-:" + a.getId())).andExpect(status().is3xxRedirection());
		assertThat(registrations.findById(id).orElseThrow().getNetworkId()).isEqualTo(b.getId());
	}

	@Test
	void aMoveFromAStaleBoardIsRefusedAndOverwritesNothing() throws Exception {
		var a = management.create(edition.getId(), "A", "", 10, null, "a@kl.dk");
		var b = management.create(edition.getId(), "B", "", 10, null, "a@kl.dk");
		long id = fixtures.approved(edition.getId(), all.get(0).getCode(), EffortStatus.STARTED);
		long seen = registrations.findById(id).orElseThrow().getVersion();
		mvc.perform(staff(post("/admin/netvaerk/tildel")).param("registrationId", String.valueOf(id))
			.param("networkId", a.getId().toString())
			.param("version", String.valueOf(seen))
			.param("forloeb", edition.getId().toString())).andExpect(status().is3xxRedirection());
		var stale = mvc
			.perform(staff(post("/admin/netvaerk/tildel")).param("registrationId", String.valueOf(id))
				.param("networkId", b.getId().toString())
				.param("version", String.valueOf(seen))
				.param("forloeb", edition.getId().toString()))
			.andReturn();
		assertThat(stale.getFlashMap().get("failure")).isEqualTo("network.assign.conflict");
		assertThat(registrations.findById(id).orElseThrow().getNetworkId()).isEqualTo(a.getId());
	}

	@Test
	void staffPlaceSeveralApprovedMunicipalitiesFromTheRegistrationListAtOnce() throws Exception {
		var a = management.create(edition.getId(), "A", "", 10, null, "a@kl.dk");
		long first = fixtures.approved(edition.getId(), all.get(0).getCode(), EffortStatus.STARTED);
		long second = fixtures.approved(edition.getId(), all.get(1).getCode(), EffortStatus.DECIDED);
		long received = fixtures.received(edition.getId(), all.get(2).getCode());
		var question = Jsoup.parse(mvc
			.perform(staff(post("/admin/tilmeldinger/valgte"))
				.param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(received))
				.param("action", "assign")
				.param("networkId", a.getId().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(question.select("h1").text()).isEqualTo("Placer 2 kommuner i A?");
		assertThat(question.select("#confirm-affected").text()).contains(all.get(0).getName(), all.get(1).getName())
			.doesNotContain(all.get(2).getName());
		assertThat(question.select("#confirm-skipped").text()).startsWith("1 af de valgte tilmeldinger ændres ikke");
		assertThat(registrations.findById(first).orElseThrow().getNetworkId()).as("nothing moves before the answer")
			.isNull();
		assertThat(events.stream(MunicipalityAssigned.class)).isEmpty();

		var result = mvc
			.perform(staff(post("/admin/tilmeldinger/valgte"))
				.param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(received))
				.param("action", "assign")
				.param("networkId", a.getId().toString())
				.param("confirmed", "true"))
			.andReturn();
		assertThat(result.getFlashMap().get("info")).isEqualTo("review.bulk.assignedSome");
		assertThat(registrations.findById(first).orElseThrow().getNetworkId()).isEqualTo(a.getId());
		assertThat(registrations.findById(second).orElseThrow().getNetworkId()).isEqualTo(a.getId());
		assertThat(registrations.findById(received).orElseThrow().getNetworkId()).isNull();
		assertThat(events.stream(MunicipalityAssigned.class)).hasSize(2);
	}

	@Test
	void aViewerCannotAssignPinOrAcceptAProposal() throws Exception {
		var a = management.create(edition.getId(), "A", "", 10, null, "a@kl.dk");
		long id = fixtures.approved(edition.getId(), all.get(0).getCode(), EffortStatus.STARTED);
		var viewer = user("viewer@kl.dk").roles("VIEWER");
		mvc.perform(post("/admin/netvaerk/tildel").with(csrf())
			.with(viewer)
			.param("registrationId", String.valueOf(id))
			.param("networkId", a.getId().toString())
			.param("forloeb", edition.getId().toString())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/netvaerk/fastlaas").with(csrf())
			.with(viewer)
			.param("registrationId", String.valueOf(id))
			.param("pinned", "true")
			.param("forloeb", edition.getId().toString())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/netvaerk/forslag").with(csrf())
			.with(viewer)
			.param("forloeb", edition.getId().toString())
			.param("moves", id + ":-:" + a.getId())).andExpect(status().isForbidden());
		assertThat(registrations.findById(id).orElseThrow().getNetworkId()).isNull();
	}

	private void assign(long registrationId, long networkId) throws Exception {
		mvc.perform(staff(post("/admin/netvaerk/tildel")).param("registrationId", String.valueOf(registrationId))
			.param("networkId", String.valueOf(networkId))
			.param("forloeb", edition.getId().toString())).andExpect(status().is3xxRedirection());
	}

	private Document board() throws Exception {
		return Jsoup.parse(mvc
			.perform(get("/admin/netvaerk").param("forloeb", edition.getId().toString())
				.with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("staff@kl.dk").roles("STAFF"));
	}

}
