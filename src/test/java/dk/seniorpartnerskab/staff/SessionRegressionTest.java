package dk.seniorpartnerskab.staff;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.audit.AuditEntryRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static dk.seniorpartnerskab.staff.SecurityTest.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security regression (issue 11, "sessions outlive their rights"), reproduced as it was
 * found: a user logs in, an admin takes rights away, and the user's old session cookie is
 * tried again. Also the last admin, forced password change, throttling that is not a
 * lock-out, and the security events in the audit log.
 */
@IntegrationTest
class SessionRegressionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	StaffUserRepository users;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	private Cookie loginCookie(String email, String address) throws Exception {
		var response = mvc.perform(login(email, TestData.passwordFor(email), address))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
		return response.getCookie("SESSION");
	}

	private int sessionsOf(String email) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email);
	}

	@Test
	void aDeactivatedUsersOldSessionCookieIsRefused() throws Exception {
		var staff = data.staff(Role.STAFF, "deaktiveret@kl.dk");
		var cookie = loginCookie("deaktiveret@kl.dk", "10.3.0.1");
		mvc.perform(get("/admin/tilmeldinger").cookie(cookie)).andExpect(status().isOk());
		mvc.perform(post("/admin/brugere/" + staff.getId() + "/deaktiver").with(csrf())
			.with(user("admin@kl.dk").roles("ADMIN"))).andExpect(redirectedUrl("/admin/brugere"));
		assertThat(sessionsOf("deaktiveret@kl.dk")).isZero();
		mvc.perform(get("/admin/tilmeldinger").cookie(cookie)).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void aDemotedUsersOldSessionCookieIsRefusedAndTheNextLoginHasTheNewRole() throws Exception {
		var staff = data.staff(Role.STAFF, "nedgraderet@kl.dk");
		var cookie = loginCookie("nedgraderet@kl.dk", "10.3.0.2");
		mvc.perform(post("/admin/brugere/" + staff.getId() + "/rolle").param("role", "VIEWER")
			.with(csrf())
			.with(user("admin@kl.dk").roles("ADMIN"))).andExpect(redirectedUrl("/admin/brugere"));
		mvc.perform(post("/admin/forloeb/ny").cookie(cookie).with(csrf()).param("name", "X"))
			.andExpect(redirectedUrl("/admin/login"));
		var again = loginCookie("nedgraderet@kl.dk", "10.3.0.2");
		mvc.perform(get("/admin/forloeb").cookie(again)).andExpect(status().isOk());
		mvc.perform(post("/admin/forloeb/ny").cookie(again).with(csrf()).param("name", "X"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPasswordResetByAnAdminEndsTheUsersSessionsAndMustBeChangedAtTheNextLogin() throws Exception {
		var staff = data.staff(Role.STAFF, "nulstillet@kl.dk");
		var cookie = loginCookie("nulstillet@kl.dk", "10.3.0.3");
		mvc.perform(post("/admin/brugere/" + staff.getId() + "/adgangskode").param("password", "ny midlertidig kode")
			.with(csrf())
			.with(user("admin@kl.dk").roles("ADMIN"))).andExpect(redirectedUrl("/admin/brugere"));
		mvc.perform(get("/admin").cookie(cookie)).andExpect(redirectedUrl("/admin/login"));

		var response = mvc.perform(login("nulstillet@kl.dk", "ny midlertidig kode", "10.3.0.3"))
			.andExpect(redirectedUrl("/admin/adgangskode"))
			.andReturn()
			.getResponse();
		var session = response.getCookie("SESSION");
		mvc.perform(get("/admin/tilmeldinger").cookie(session)).andExpect(redirectedUrl("/admin/adgangskode"));
		mvc.perform(post("/admin/adgangskode").cookie(session)
			.with(csrf())
			.param("currentPassword", "ny midlertidig kode")
			.param("newPassword", "password2024!")
			.param("repeatPassword", "password2024!")).andExpect(status().isOk());
		mvc.perform(post("/admin/adgangskode").cookie(session)
			.with(csrf())
			.param("currentPassword", "ny midlertidig kode")
			.param("newPassword", "min egen lange kode")
			.param("repeatPassword", "min egen lange kode")).andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/admin/tilmeldinger").cookie(session)).andExpect(status().isOk());
		assertThat(users.findByEmail("nulstillet@kl.dk").orElseThrow().isMustChangePassword()).isFalse();
	}

	@Test
	void theLastActiveAdminCanBeNeitherDemotedNorDeactivated() throws Exception {
		var admin = data.staff(Role.ADMIN, "eneste@kl.dk");
		mvc.perform(post("/admin/brugere/" + admin.getId() + "/rolle").param("role", "STAFF")
			.with(csrf())
			.with(user("eneste@kl.dk").roles("ADMIN"))).andExpect(flash().attribute("failure", "staff.lastAdmin"));
		mvc.perform(post("/admin/brugere/" + admin.getId() + "/deaktiver").with(csrf())
			.with(user("eneste@kl.dk").roles("ADMIN"))).andExpect(flash().attribute("failure", "staff.lastAdmin"));
		var unchanged = users.findById(admin.getId()).orElseThrow();
		assertThat(unchanged.getRole()).isEqualTo(Role.ADMIN);
		assertThat(unchanged.isActive()).isTrue();

		data.staff(Role.ADMIN, "anden@kl.dk");
		mvc.perform(post("/admin/brugere/" + admin.getId() + "/rolle").param("role", "STAFF")
			.with(csrf())
			.with(user("anden@kl.dk").roles("ADMIN"))).andExpect(flash().attribute("success", "staff.role.changed"));
	}

	@Test
	void knowingAnAdminsAddressDoesNotKeepTheAdminOut() throws Exception {
		data.staff(Role.ADMIN, "chef@kl.dk");
		var first = mvc.perform(login("chef@kl.dk", TestData.passwordFor("chef@kl.dk"), "10.4.0.1"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse();
		var knownLogin = first.getCookie(LoginThrottle.KNOWN_LOGIN_COOKIE);
		assertThat(knownLogin).isNotNull();
		for (int i = 0; i < 8; i++) {
			mvc.perform(login("chef@kl.dk", "gæt nummer " + i, "10.66.0." + i));
		}
		// The attacker now waits, and so does any browser the admin never used...
		mvc.perform(login("chef@kl.dk", TestData.passwordFor("chef@kl.dk"), "10.66.0.99"))
			.andExpect(redirectedUrl("/admin/login?vent=1"));
		// ...but the admin's own browser, even from the attacker's address, gets in.
		mvc.perform(login("chef@kl.dk", TestData.passwordFor("chef@kl.dk"), "10.66.0.1").cookie(knownLogin))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void loginsFailuresDelaysAndLogoutsAreInTheAuditLogWithTheClientAddress() throws Exception {
		data.staff(Role.STAFF, "revision@kl.dk");
		mvc.perform(login("revision@kl.dk", "forkert forkert", "10.5.0.7"))
			.andExpect(redirectedUrl("/admin/login?fejl=1"));
		var cookie = loginCookie("revision@kl.dk", "10.5.0.8");
		mvc.perform(post("/admin/logout").cookie(cookie).with(csrf()).with(request -> {
			request.setRemoteAddr("10.5.0.9");
			return request;
		})).andExpect(redirectedUrl("/admin/login?logget-ud=1"));
		assertThat(audit.findByActionOrderByIdAsc("login.failed")).singleElement()
			.satisfies(e -> assertThat(e.getClientAddress()).isEqualTo("10.5.0.7"));
		assertThat(audit.findByActionOrderByIdAsc("login.succeeded")).singleElement()
			.satisfies(e -> assertThat(e.getClientAddress()).isEqualTo("10.5.0.8"));
		assertThat(audit.findByActionOrderByIdAsc("logout")).singleElement().satisfies(e -> {
			assertThat(e.getClientAddress()).isEqualTo("10.5.0.9");
			assertThat(e.getActor()).isEqualTo("revision@kl.dk");
		});
	}

	@Test
	void userChangesAreInTheAuditLog() throws Exception {
		mvc.perform(post("/admin/brugere").with(csrf())
			.with(user("a@kl.dk").roles("ADMIN"))
			.param("name", "Ny")
			.param("email", "ny.bruger@kl.dk")
			.param("role", "VIEWER")
			.param("password", "en lang og god kode")).andExpect(redirectedUrl("/admin/brugere"));
		var id = users.findByEmail("ny.bruger@kl.dk").orElseThrow().getId();
		mvc.perform(post("/admin/brugere/" + id + "/rolle").param("role", "STAFF")
			.with(csrf())
			.with(user("a@kl.dk").roles("ADMIN")));
		mvc.perform(post("/admin/brugere/" + id + "/deaktiver").with(csrf()).with(user("a@kl.dk").roles("ADMIN")));
		mvc.perform(post("/admin/brugere/" + id + "/aktiver").with(csrf()).with(user("a@kl.dk").roles("ADMIN")));
		assertThat(audit.findByActionOrderByIdAsc("staff.created")).singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo("a@kl.dk"));
		assertThat(audit.findByActionOrderByIdAsc("staff.roleChanged")).singleElement().satisfies(e -> {
			assertThat(e.getBefore()).isEqualTo("VIEWER");
			assertThat(e.getAfter()).isEqualTo("STAFF");
		});
		assertThat(audit.findByActionOrderByIdAsc("staff.deactivated")).hasSize(1);
		assertThat(audit.findByActionOrderByIdAsc("staff.activated")).hasSize(1);
	}

	@Test
	void aCommonPasswordIsRefusedAtTheField() throws Exception {
		mvc.perform(post("/admin/brugere").with(csrf())
			.with(user("a@kl.dk").roles("ADMIN"))
			.param("name", "Ny")
			.param("email", "svag@kl.dk")
			.param("role", "VIEWER")
			.param("password", "Password1234")).andExpect(status().isOk());
		assertThat(users.findByEmail("svag@kl.dk")).isEmpty();
	}

}
