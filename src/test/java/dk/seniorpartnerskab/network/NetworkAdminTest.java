package dk.seniorpartnerskab.network;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.audit.AuditEntryRepository;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class NetworkAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	NetworkRepository networks;

	@Autowired
	AuditEntryRepository audit;

	Edition edition;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
	}

	@Test
	void staffCreateANetworkWithACoordinatorAndItIsAudited() throws Exception {
		var coordinator = data.staff(Role.STAFF, "koordinator@kl.dk");
		mvc.perform(post("/admin/netvaerk/nyt").param("forloeb", edition.getId().toString())
			.param("name", "Netværk Nord")
			.param("capacity", "15")
			.param("coordinatorId", coordinator.getId().toString())
			.with(csrf())
			.with(user("staff@kl.dk").roles("STAFF")))
			.andExpect(redirectedUrl("/admin/netvaerk?forloeb=" + edition.getId()));

		var network = networks.findByEditionIdOrderByNameAsc(edition.getId()).get(0);
		assertThat(network.getName()).isEqualTo("Netværk Nord");
		assertThat(network.getCapacity()).isEqualTo(15);
		assertThat(network.getCoordinatorId()).isEqualTo(coordinator.getId());
		var entry = audit.findByActionOrderByIdAsc("network.created").get(0);
		assertThat(entry.getActor()).isEqualTo("staff@kl.dk");
		assertThat(entry.getTargetId()).isEqualTo(network.getId().toString());

		var board = Jsoup.parse(mvc.perform(get("/admin/netvaerk").param("forloeb", edition.getId().toString())
			.with(user("viewer@kl.dk").roles("VIEWER"))).andReturn().getResponse().getContentAsString());
		assertThat(board.select("table tbody tr").text()).contains("Netværk Nord", "15", "STAFF koordinator@kl.dk");
	}

	@Test
	void aSecondNetworkWithTheSameNameInTheEditionIsRefusedNextToTheField() throws Exception {
		create("Netværk Syd", 10);
		var page = mvc
			.perform(post("/admin/netvaerk/nyt").param("forloeb", edition.getId().toString())
				.param("name", "netværk syd")
				.param("capacity", "0")
				.with(csrf())
				.with(user("staff@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn();
		var html = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(html.select("#name-error").text()).contains("allerede et netværk med det navn");
		assertThat(html.select("#capacity-error").text()).isEqualTo("Tallet skal være mindst 1.");
		assertThat(networks.count()).isEqualTo(1);
	}

	@Test
	void aStaleEditDoesNotOverwriteAnotherStaffMembersChange() throws Exception {
		var network = create("Netværk Øst", 10);
		long loaded = network.getVersion();
		edit(network, "Netværk Øst 1", loaded).andExpect(status().is3xxRedirection());
		var page = edit(network, "Netværk Øst 2", loaded).andExpect(status().isOk()).andReturn();
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select("#error-summary").text())
			.contains("En anden har ændret netværket");
		assertThat(networks.findById(network.getId()).orElseThrow().getName()).isEqualTo("Netværk Øst 1");
		assertThat(audit.findByActionOrderByIdAsc("network.updated")).hasSize(1)
			.first()
			.satisfies(e -> assertThat(e.getBefore()).contains("Netværk Øst,"))
			.satisfies(e -> assertThat(e.getAfter()).contains("Netværk Øst 1"));
	}

	@Test
	void staffRemoveAnEmptyNetwork() throws Exception {
		var network = create("Netværk Vest", 10);
		mvc.perform(post("/admin/netvaerk/" + network.getId() + "/slet").param("version", "0")
			.with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		assertThat(networks.findById(network.getId())).isEmpty();
		assertThat(audit.findByActionOrderByIdAsc("network.removed")).hasSize(1);
	}

	@Test
	void aViewerCannotCreateEditOrRemoveNetworks() throws Exception {
		var network = create("Netværk Midt", 10);
		var viewer = user("viewer@kl.dk").roles("VIEWER");
		mvc.perform(post("/admin/netvaerk/nyt").param("forloeb", edition.getId().toString())
			.param("name", "X")
			.param("capacity", "5")
			.with(csrf())
			.with(viewer)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/netvaerk/" + network.getId() + "/rediger").param("name", "X")
			.param("capacity", "5")
			.param("version", "0")
			.with(csrf())
			.with(viewer)).andExpect(status().isForbidden());
		mvc.perform(
				post("/admin/netvaerk/" + network.getId() + "/slet").param("version", "0").with(csrf()).with(viewer))
			.andExpect(status().isForbidden());
		assertThat(networks.findById(network.getId()).orElseThrow().getName()).isEqualTo("Netværk Midt");
	}

	private Network create(String name, int capacity) throws Exception {
		mvc.perform(post("/admin/netvaerk/nyt").param("forloeb", edition.getId().toString())
			.param("name", name)
			.param("capacity", String.valueOf(capacity))
			.with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		return networks.findByEditionIdOrderByNameAsc(edition.getId())
			.stream()
			.filter(n -> n.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private ResultActions edit(Network network, String name, long version) throws Exception {
		return mvc.perform(post("/admin/netvaerk/" + network.getId() + "/rediger").param("name", name)
			.param("capacity", "12")
			.param("version", String.valueOf(version))
			.with(csrf())
			.with(user("staff@kl.dk").roles("STAFF")));
	}

}
