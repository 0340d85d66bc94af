package dk.seniorpartnerskab.review.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.review.ParticipantExportRow;
import dk.seniorpartnerskab.review.RegistrationRow;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.CsvWriter;
import dk.seniorpartnerskab.web.XlsxWriter;

/**
 * Writes the registration and participant lists as CSV (through {@link CsvWriter}: Danish
 * Excel's format, formulas made inert) and XLSX. Status, effort and side in Danish, times
 * in Copenhagen.
 */
@Component
class RegistrationExport {

	private final MessageSource messages;

	RegistrationExport(MessageSource messages) {
		this.messages = messages;
	}

	List<List<String>> registrationTable(List<RegistrationRow> rows) {
		var table = new ArrayList<List<String>>();
		table.add(headers("reference", "edition", "municipality", "region", "status", "effort", "network",
				"contactName", "contactTitle", "contactEmail", "contactPhone", "submittedAt"));
		for (var r : rows) {
			table.add(List.of(r.reference(), r.editionName(), r.municipality(), r.region(),
					text("registration.status." + r.status()),
					r.effort() == null ? "" : text("registration.effortStatus.short." + r.effort()),
					nullToEmpty(r.networkName()), nullToEmpty(r.contactName()), nullToEmpty(r.contactTitle()),
					nullToEmpty(r.contactEmail()), nullToEmpty(r.contactPhone()),
					r.submittedAt() == null ? "" : Copenhagen.formatDateTime(r.submittedAt())));
		}
		return table;
	}

	List<List<String>> participantTable(List<ParticipantExportRow> rows) {
		var table = new ArrayList<List<String>>();
		table.add(headers("reference", "municipality", "status", "participantName", "participantEmail",
				"participantTitle", "side", "network"));
		for (var p : rows) {
			table.add(List.of(p.reference(), p.municipality(), text("registration.status." + p.status()),
					nullToEmpty(p.name()), nullToEmpty(p.email()), nullToEmpty(p.title()),
					p.side() == null ? "" : text("registration.side." + p.side()), nullToEmpty(p.networkName())));
		}
		return table;
	}

	byte[] csv(List<List<String>> table) {
		return CsvWriter.toBytes(table);
	}

	byte[] xlsx(List<List<String>> table, String sheetName) {
		return XlsxWriter.toBytes(sheetName, table);
	}

	private List<String> headers(String... keys) {
		var headers = new ArrayList<String>();
		for (String key : keys) {
			headers.add(text("review.export." + key));
		}
		return headers;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Copenhagen.DANISH);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
