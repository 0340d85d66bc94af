package dk.seniorpartnerskab.system;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database holds the form's e-mail rule (web.EmailAddress) itself: every column that
 * stores an address has a check, so no path around the forms (an import, a script, a
 * future endpoint) stores an address no one can be reached at.
 */
@IntegrationTest
class EmailColumnsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void everyColumnThatStoresAnAddressHasACheck() {
		var unchecked = jdbc.queryForList("""
				select c.table_name || '.' || c.column_name from information_schema.columns c
				where c.table_schema = current_schema() and c.column_name like '%email%'
				and c.data_type = 'character varying'
				and not exists (
				    select 1 from pg_constraint k join pg_class t on t.oid = k.conrelid
				    where t.relname = c.table_name and k.contype = 'c'
				    and pg_get_constraintdef(k.oid) like '%' || c.column_name || '%~%')
				order by 1""", String.class);
		assertThat(unchecked).as("e-mail columns without a check").isEmpty();
	}

	@Test
	void anAddressWithoutADotInItsDomainIsRefusedByTheDatabase() {
		var user = data.staff(Role.STAFF, "pia@kl.dk");

		assertThatThrownBy(() -> jdbc.update("update staff_user set email = 'pia@kl' where id = ?", user.getId()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ck_staff_user_email");
		assertThat(jdbc.update("update staff_user set email = 'pia.hansen@kl.dk' where id = ?", user.getId())).isOne();
	}

}
