package dk.seniorpartnerskab.system;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a signed-in staff member's page views write to the session tables, counted by a
 * trigger on both tables: nothing but the first write, then one write of the last-access
 * time a minute later.
 */
@IntegrationTest
class SessionWritesTest {

	private static final String EMAIL = "sessions@kl.dk";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void countWrites() {
		data.clean();
		jdbc.execute(
				"create table test_session_write (id bigserial primary key, table_name text, operation text, at timestamptz not null default clock_timestamp())");
		jdbc.execute("""
				create function test_log_session_write() returns trigger language plpgsql as $$
				begin
				    insert into test_session_write (table_name, operation) values (tg_table_name, tg_op);
				    return null;
				end $$""");
		for (String table : new String[] { "spring_session", "spring_session_attributes" }) {
			jdbc.execute("create trigger test_session_write after insert or update or delete on " + table
					+ " for each row execute function test_log_session_write()");
		}
	}

	@AfterEach
	void dropCounter() {
		jdbc.execute("drop trigger if exists test_session_write on spring_session");
		jdbc.execute("drop trigger if exists test_session_write on spring_session_attributes");
		jdbc.execute("drop function if exists test_log_session_write()");
		jdbc.execute("drop table if exists test_session_write");
	}

	@Test
	void aSignedInStaffMemberWritesTheSessionAtMostOnceInAMinuteOfRequests() throws Exception {
		var session = signIn();
		assertThat(session).isNotNull();
		// The first page after signing in may store its form token; that is the session's
		// last attribute change.
		mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
		jdbc.update("delete from test_session_write");
		long signedIn = lastAccess();

		// On a busy machine 200 requests may take more than a minute: then one write per
		// minute is right, so what is checked is the spacing of the writes.
		long start = System.currentTimeMillis();
		for (int i = 0; i < 200; i++) {
			mvc.perform(get(i % 2 == 0 ? "/admin" : "/admin/tilmeldinger").cookie(session)).andExpect(status().isOk());
		}
		long elapsed = System.currentTimeMillis() - start;
		assertOnlyLastAccessWritesAMinuteApart(signedIn);
		if (elapsed < 55_000) {
			assertThat(writes()).as("writes in 200 requests within %d ms", elapsed).isEmpty();
		}

		// A minute later (moved back in the table, not waited for) the next request
		// stores
		// the new last-access time, once; the ones after it write nothing again.
		jdbc.update("""
				update spring_session set last_access_time = last_access_time - 61000,
				expiry_time = expiry_time - 61000 where principal_name = ?""", EMAIL);
		jdbc.update("delete from test_session_write");
		long before = lastAccess();
		start = System.currentTimeMillis();
		for (int i = 0; i < 50; i++) {
			mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
		}
		elapsed = System.currentTimeMillis() - start;
		assertThat(writes()).as("writes in 50 requests after a minute").isNotEmpty();
		assertOnlyLastAccessWritesAMinuteApart(before);
		if (elapsed < 55_000) {
			assertThat(writes()).as("writes in 50 requests within %d ms", elapsed).hasSize(1);
		}
		assertThat(lastAccess()).isGreaterThan(before + 60_000);
	}

	/**
	 * Every write is the session row's last-access time, each a minute after the last.
	 */
	private void assertOnlyLastAccessWritesAMinuteApart(long storedBefore) {
		var writes = writes();
		assertThat(writes)
			.allSatisfy(w -> assertThat(w.table() + " " + w.operation()).isEqualTo("spring_session UPDATE"));
		long previous = storedBefore;
		for (var write : writes) {
			assertThat(write.at() - previous).as("time since the last stored access").isGreaterThanOrEqualTo(59_000);
			previous = write.at();
		}
	}

	private record Write(String table, String operation, long at) {
	}

	private List<Write> writes() {
		return jdbc.query(
				"select table_name, operation, (extract(epoch from at) * 1000)::bigint from test_session_write order by id",
				(rs, n) -> new Write(rs.getString(1).toLowerCase(), rs.getString(2), rs.getLong(3)));
	}

	@Test
	void aSessionEndedElsewhereIsNeverServedFromACopy() throws Exception {
		var session = signIn();
		mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
		jdbc.update("delete from spring_session where principal_name = ?", EMAIL);
		mvc.perform(get("/admin").cookie(new Cookie(session.getName(), session.getValue())))
			.andExpect(status().is3xxRedirection());
	}

	/** Signs the staff member in; their session's cookie. */
	private Cookie signIn() throws Exception {
		data.staff(Role.STAFF, EMAIL);
		return mvc
			.perform(formLogin("/admin/login").user("email", EMAIL).password("password", TestData.passwordFor(EMAIL)))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long lastAccess() {
		return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
				EMAIL);
	}

}
