package dk.seniorpartnerskab.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.audit.AuditEntryRepository;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkManagement;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.file.Files;
import java.util.Collections;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exports honour the list's filters, open in Danish Excel, and are audited; a viewer may
 * export.
 */
@IntegrationTest
class ReviewExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	MunicipalityRepository municipalities;

	@Autowired
	NetworkManagement networks;

	@Autowired
	NetworkAssignments assignments;

	@Autowired
	AuditEntryRepository audit;

	Edition edition;

	Municipality first;

	Municipality second;

	Municipality third;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		var all = municipalities.findAllInDanishOrder();
		first = all.get(0);
		second = all.get(1);
		third = all.get(2);
		var north = networks.create(edition.getId(), "Netværk Nord", "", 10, null, "a@kl.dk");
		long a = fixtures.approved(edition.getId(), first.getCode(), EffortStatus.STARTED);
		fixtures.approved(edition.getId(), second.getCode(), EffortStatus.DECIDED);
		fixtures.received(edition.getId(), third.getCode());
		assignments.assign(a, north.getId(), null, "a@kl.dk");
	}

	@Test
	void theRegistrationCsvHasABomSemicolonsDanishTextsAndOnlyTheFilteredRows() throws Exception {
		byte[] bytes = export("/admin/tilmeldinger/eksport/tilmeldinger.csv", "text/csv");
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		var records = csv(bytes);
		assertThat(records.get(0)).startsWith("Reference", "Forløb", "Kommune", "Region", "Status", "Seniorindsats",
				"Netværk", "Kontaktperson");
		var rows = records.subList(1, records.size());
		assertThat(rows).hasSize(2);
		assertThat(rows).extracting(r -> r.get(2)).containsExactlyInAnyOrder(first.getName(), second.getName());
		var firstRow = rows.stream().filter(r -> r.get(2).equals(first.getName())).findFirst().orElseThrow();
		assertThat(firstRow).contains("Godkendt", "I gang", "Netværk Nord", first.getRegion().getName(),
				"kontakt" + first.getCode() + "@kommune.dk");
		var entry = audit.findByActionOrderByIdAsc("registration.export").get(0);
		assertThat(entry.getActor()).isEqualTo("viewer@kl.dk");
		assertThat(entry.getDetail()).startsWith("csv, 2 rækker").contains("status=APPROVED");
	}

	@Test
	void theParticipantCsvListsEachParticipantWithMunicipalitySideAndNetwork() throws Exception {
		var records = csv(export("/admin/tilmeldinger/eksport/deltagere.csv", "text/csv"));
		assertThat(records.get(0)).containsExactly("Reference", "Kommune", "Status", "Navn", "E-mail", "Stilling",
				"Repræsenterer", "Netværk");
		var rows = records.subList(1, records.size());
		assertThat(rows).hasSize(4);
		assertThat(rows).filteredOn(r -> r.get(1).equals(first.getName()))
			.extracting(r -> r.get(3) + "|" + r.get(6) + "|" + r.get(7))
			.containsExactly("Lene Leder|Ledelse|Netværk Nord", "Tom Tillid|Medarbejdere|Netværk Nord");
		assertThat(audit.findByActionOrderByIdAsc("participant.export")).hasSize(1);
	}

	@Test
	void theXlsxFilesHoldTheSameRows() throws Exception {
		var registrations = sheet(export("/admin/tilmeldinger/eksport/tilmeldinger.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(registrations).hasSize(3);
		assertThat(registrations.get(0)).startsWith("Reference", "Forløb", "Kommune");
		assertThat(registrations.subList(1, 3)).extracting(r -> r.get(2))
			.containsExactlyInAnyOrder(first.getName(), second.getName());

		var participants = sheet(export("/admin/tilmeldinger/eksport/deltagere.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(participants).hasSize(5);
		assertThat(participants.subList(1, 5)).extracting(r -> r.get(6)).containsOnly("Ledelse", "Medarbejdere");
		assertThat(audit.findByActionOrderByIdAsc("registration.export").get(0).getDetail())
			.startsWith("xlsx, 2 rækker");
	}

	@Test
	void theListCountsPerStatusAndFiltersBySearchText() throws Exception {
		var html = Jsoup.parse(mvc
			.perform(get("/admin/tilmeldinger").param("edition", edition.getId().toString())
				.param("q", first.getName().toUpperCase())
				.with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(html.select(".app-status-counts").text()).contains("Godkendt: 1", "Modtaget: 0");
		assertThat(html.select("table tbody tr")).hasSize(1);
		assertThat(html.select("table tbody tr").text()).contains(first.getName(), "Godkendt", "Netværk Nord",
				"I gang");
		assertThat(html.select("input[name=ids]")).as("a viewer gets no bulk actions").isEmpty();
	}

	@Test
	void theListSortsByMunicipalityBothWays() throws Exception {
		var ascending = names(
				get("/admin/tilmeldinger").param("edition", edition.getId().toString()).param("sort", "municipality"));
		var descending = names(get("/admin/tilmeldinger").param("edition", edition.getId().toString())
			.param("sort", "municipality")
			.param("desc", "true"));
		assertThat(ascending).containsExactly(first.getName(), second.getName(), third.getName());
		assertThat(descending).containsExactly(third.getName(), second.getName(), first.getName());
	}

	private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
		var html = Jsoup.parse(mvc.perform(request.with(user("viewer@kl.dk").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		return html.select("table tbody tr").stream().map(tr -> tr.select("td").get(1).text()).toList();
	}

	private byte[] export(String path, String contentType) throws Exception {
		var response = mvc
			.perform(get(path).param("edition", edition.getId().toString())
				.param("status", "APPROVED")
				.with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith(contentType);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		return response.getContentAsByteArray();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader).getRecords();
	}

	/**
	 * Reads the first sheet of an XLSX file by unzipping it (central directory, as Excel
	 * does): shared strings and cells, row by row.
	 */
	private static List<List<String>> sheet(byte[] xlsx) throws IOException {
		Map<String, String> entries = new HashMap<>();
		var file = Files.createTempFile("export", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (var zip = new ZipFile(file.toFile())) {
				for (var entry : Collections.list(zip.entries())) {
					try (var in = zip.getInputStream(entry)) {
						entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
		var shared = new ArrayList<String>();
		if (entries.containsKey("xl/sharedStrings.xml")) {
			Jsoup.parse(entries.get("xl/sharedStrings.xml"), Parser.xmlParser())
				.select("si")
				.forEach(si -> shared.add(si.select("t").text()));
		}
		var rows = new ArrayList<List<String>>();
		for (var row : Jsoup.parse(entries.get("xl/worksheets/sheet1.xml"), Parser.xmlParser())
			.select("sheetData > row")) {
			var cells = new ArrayList<String>();
			for (var cell : row.select("c")) {
				String type = cell.attr("t");
				String value = type.equals("inlineStr") ? cell.select("is t").text() : cell.select("v").text();
				cells.add(type.equals("s") ? shared.get(Integer.parseInt(value)) : value);
			}
			rows.add(cells);
		}
		return rows;
	}

}
