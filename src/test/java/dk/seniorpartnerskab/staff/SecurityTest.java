package dk.seniorpartnerskab.staff;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	StaffUserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void adminPagesRedirectToTheDanishLoginForm() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/login"));
		var page = mvc.perform(get("/admin/login")).andExpect(status().isOk()).andReturn();
		var html = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(html.select("h1").text()).isEqualTo("Log ind som medarbejder");
		assertThat(html.select("label[for=email]").text()).isEqualTo("E-mail");
		assertThat(html.select("form input[name=_csrf]")).hasSize(1);
	}

	@Test
	void aStaffUserCanLogInWithTheRightPassword() throws Exception {
		data.staff(Role.STAFF, "kari@kl.dk");
		mvc.perform(formLogin("/admin/login").user("email", "kari@kl.dk")
			.password("password", TestData.passwordFor("kari@kl.dk")))
			.andExpect(authenticated().withRoles("STAFF"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void loginSessionsAreStoredInPostgresSoSeveralInstancesCanServeOneUser() throws Exception {
		data.staff(Role.STAFF, "session@kl.dk");
		var login = mvc
			.perform(formLogin("/admin/login").user("email", "session@kl.dk")
				.password("password", TestData.passwordFor("session@kl.dk")))
			.andExpect(authenticated())
			.andReturn();
		assertThat(login.getResponse().getCookie("SESSION")).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'session@kl.dk'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void fiveWrongPasswordsMakeTheAccountWaitEvenForTheRightOne() throws Exception {
		data.staff(Role.STAFF, "ole@kl.dk");
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("ole@kl.dk", "forkert" + i, "10.1.0." + i))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/admin/login?fejl=1"));
		}
		mvc.perform(login("ole@kl.dk", TestData.passwordFor("ole@kl.dk"), "10.1.0.9"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/admin/login?vent=1"));
		assertThat(users.findByEmail("ole@kl.dk").orElseThrow().getLockedUntil()).isNotNull();
	}

	/** The login form as a browser at {@code address} posts it. */
	static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/admin/login").param("email", email).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void theLoginErrorIsTheSameForAnUnknownUserAndAWrongPassword() throws Exception {
		data.staff(Role.STAFF, "pia@kl.dk");
		mvc.perform(login("findes.ikke@kl.dk", "x", "10.2.0.1")).andExpect(redirectedUrl("/admin/login?fejl=1"));
		mvc.perform(login("pia@kl.dk", "x", "10.2.0.1")).andExpect(redirectedUrl("/admin/login?fejl=1"));
	}

	@Test
	void aViewerCannotChangeAnything() throws Exception {
		var edition = data.openEdition();
		mvc.perform(get("/admin/forloeb").with(user("v@kl.dk").roles("VIEWER"))).andExpect(status().isOk());
		mvc.perform(post("/admin/forloeb/" + edition.getId() + "/kopier").with(csrf())
			.with(user("v@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/forloeb/ny").with(csrf()).with(user("v@kl.dk").roles("VIEWER")).param("name", "X"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aViewerSeesNoFormForAChangeWhileStaffAndAdministratorsDo() throws Exception {
		var edition = data.openEdition();
		for (String role : new String[] { "VIEWER", "STAFF", "ADMIN" }) {
			boolean mayChange = !role.equals("VIEWER");
			var editions = page("/admin/forloeb", role);
			assertThat(editions.select("a[href=/admin/forloeb/ny]")).as(role).hasSize(mayChange ? 1 : 0);
			assertThat(editions.select("form[action=/admin/forloeb/" + edition.getId() + "/kopier]")).as(role)
				.hasSize(mayChange ? 1 : 0);
			assertThat(page("/admin/vaerktoejer", role).select("a[href=/admin/vaerktoejer/ny]")).as(role)
				.hasSize(mayChange ? 1 : 0);
			assertThat(page("/admin/mail", role).select("form[action=/admin/mail/testmail]")).as(role)
				.hasSize(mayChange ? 1 : 0);
			var privacy = page("/admin/privatliv", role);
			assertThat(privacy.select("form[action=/admin/privatliv/person]")).as(role).hasSize(mayChange ? 1 : 0);
			assertThat(privacy.text().contains("Kun medarbejdere")).as(role).isEqualTo(!mayChange);
		}
	}

	@Test
	void theMenuOffersTheLogAndTheUsersToAdministratorsOnlyAndMarksTheCurrentPage() throws Exception {
		for (String role : new String[] { "VIEWER", "STAFF", "ADMIN" }) {
			int adminOnly = role.equals("ADMIN") ? 1 : 0;
			var mail = page("/admin/mail", role);
			// Desktop navigation and mobile drawer: each link twice.
			assertThat(mail.select(".header a[href=/admin/log]")).as(role).hasSize(2 * adminOnly);
			assertThat(mail.select(".header a[href=/admin/brugere]")).as(role).hasSize(2 * adminOnly);
			assertThat(mail.select(".header a[href=/admin/tilmeldinger]")).as(role).hasSize(2);
			assertThat(mail.select(".navigation-menu a[aria-current=page]").text()).as(role).isEqualTo("Mail");
			assertThat(mail.select(".navigation-menu li.active > .submenu button").text()).as(role).isEqualTo("System");
		}
		// The users page has its own model attribute "roles" (the roles to choose from).
		assertThat(page("/admin/brugere", "ADMIN").select(".header a[href=/admin/log]")).hasSize(2);
		var start = page("/admin", "STAFF");
		assertThat(start.select(".navigation-menu a[aria-current=page]").text()).isEqualTo("Oversigt");
		assertThat(start.select(".navigation-menu a[aria-current=true]")).isEmpty();
	}

	@Test
	void theHeaderNamesTheSignedInUserAndOffersTheLogoutOnlyToThem() throws Exception {
		var start = page("/admin", "VIEWER");
		// The header and the mobile drawer.
		assertThat(start.select(".header p.user").eachText()).containsExactly("Logget ind som viewer@kl.dk",
				"Logget ind som viewer@kl.dk");
		assertThat(start.select(".header form[action=/admin/logout]")).hasSize(2);
		var login = Jsoup.parse(mvc.perform(get("/admin/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(login.select(".header p.user")).isEmpty();
		assertThat(login.select(".header form[action=/admin/logout]")).isEmpty();
	}

	private Document page(String path, String role) throws Exception {
		var response = mvc.perform(get(path).with(user(role.toLowerCase() + "@kl.dk").roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void onlyAnAdminManagesUsers() throws Exception {
		mvc.perform(get("/admin/brugere").with(user("s@kl.dk").roles("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/brugere").with(user("a@kl.dk").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void anAdminCreatesAUserWhoCanThenLogIn() throws Exception {
		mvc.perform(post("/admin/brugere").with(csrf())
			.with(user("a@kl.dk").roles("ADMIN"))
			.param("name", "Nye Bruger")
			.param("email", "ny@kl.dk")
			.param("role", "VIEWER")
			.param("password", "en-lang-adgangskode")).andExpect(redirectedUrl("/admin/brugere"));
		mvc.perform(formLogin("/admin/login").user("email", "ny@kl.dk").password("password", "en-lang-adgangskode"))
			.andExpect(authenticated().withRoles("VIEWER"));
	}

	@Test
	void aDeactivatedUserCannotLogIn() throws Exception {
		var user = data.staff(Role.STAFF, "gone@kl.dk");
		mvc.perform(
				post("/admin/brugere/" + user.getId() + "/deaktiver").with(csrf()).with(user("a@kl.dk").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/brugere"));
		mvc.perform(formLogin("/admin/login").user("email", "gone@kl.dk")
			.password("password", TestData.passwordFor("gone@kl.dk"))).andExpect(unauthenticated());
	}

	@Test
	void aFormPostedWithoutCsrfTokenGetsTheDanish403Page() throws Exception {
		var page = mvc
			.perform(post("/admin/forloeb/ny").with(user("s@kl.dk").roles("STAFF")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andReturn();
		// MockMvc does not forward to the error page; the browser test checks the
		// rendered page.
		assertThat(page.getResponse().getErrorMessage()).doesNotContain("Exception");
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsNeedAnAdmin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/metrics").with(user("s@kl.dk").roles("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(user("a@kl.dk").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					Matchers.allOf(Matchers.containsString("frame-ancestors 'none'"),
							Matchers.containsString("script-src 'self'"),
							Matchers.not(Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
