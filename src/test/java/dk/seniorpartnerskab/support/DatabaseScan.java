package dk.seniorpartnerskab.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks for values in every column of every table that can hold text: all character and
 * JSON columns (case-insensitively) and all byte columns (mail attachments, uploaded
 * files, session attributes; as UTF-8 bytes), read from {@code information_schema} so
 * that a table added tomorrow is scanned too. Only Flyway's own history is left out.
 */
public final class DatabaseScan {

	private DatabaseScan() {
	}

	/** Where each value occurs, as {@code table.column: value}; empty when nowhere. */
	public static List<String> find(JdbcTemplate jdbc, Collection<String> values) {
		var columns = jdbc.queryForList("""
				select c.table_name, c.column_name, c.data_type from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				and c.table_name <> 'flyway_schema_history'
				and c.data_type in ('character varying', 'text', 'character', 'json', 'jsonb', 'bytea')
				order by c.table_name, c.column_name""");
		var found = new ArrayList<String>();
		var patterns = values.stream()
			.map(v -> "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toList();
		for (var column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean bytes = "bytea".equals(column.get("data_type"));
			if (!bytes) {
				// One query per column for all values; only a hit is looked at value by
				// value.
				Long any = jdbc.query(con -> {
					var statement = con.prepareStatement(
							"select count(*) from \"" + table + "\" where \"" + name + "\"::text ilike any (?)");
					statement.setArray(1, con.createArrayOf("text", patterns.toArray()));
					return statement;
				}, rs -> rs.next() ? rs.getLong(1) : 0L);
				if (any == null || any == 0) {
					continue;
				}
			}
			String condition = bytes ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
					: "\"" + name + "\"::text ilike ?";
			String sql = "select count(*) from \"" + table + "\" where " + condition;
			var list = new ArrayList<>(values);
			for (int i = 0; i < list.size(); i++) {
				Long count = jdbc.queryForObject(sql, Long.class, bytes ? list.get(i) : patterns.get(i));
				if (count != null && count > 0) {
					found.add(table + "." + name + ": " + list.get(i));
				}
			}
		}
		return found;
	}

}
