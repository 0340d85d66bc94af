package dk.seniorpartnerskab.directory;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class ContactImportTest {

	static final List<String> HEADER = List.of("Kommunekode", "Kommune", "Rolle", "Navn", "Titel", "E-mail", "Telefon",
			"Note");

	@Autowired
	ContactDirectory directory;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	/** Køge's HR chief is already known; the file changes her title. */
	private void existing() {
		directory.add(259, new ContactDetails(ContactRole.HR_CHIEF, "Birthe Ærø", "HR-chef", "birthe@koege.dk", "", ""),
				"test");
	}

	private static List<List<String>> rows() {
		return List.of(HEADER,
				List.of("259", "Køge", "HR-chef", "Birthe Ærø", "Personalechef", "birthe@koege.dk", "", ""),
				List.of("", "Aabenraa", "Kommunaldirektør", "Søren Østergård", "Kommunaldirektør", "soeren@aabenraa.dk",
						"+45 73 76 76 76", "Træffes bedst om formiddagen; ring først"),
				List.of("101", "", "Medarbejdersidens formand/FTR i HovedMED", "Åse Ødegård", "FTR", "aase@kk.dk", "",
						""),
				List.of("999", "", "HR-chef", "Ukendt Person", "", "ukendt@x.dk", "", ""),
				List.of("461", "Odense", "HR-kontaktperson", "Ib Ugyldig", "", "ikke-en-adresse", "", ""),
				List.of("461", "Odense", "Chefkok", "Rolf Rolle", "", "rolf@odense.dk", "", ""),
				List.of("751", "Aarhus", "HR-kontaktperson", "", "", "navnløs@aarhus.dk", "", ""),
				List.of("751", "Aarhus", "", "Anna Andersen", "", "anna@aarhus.dk", "", ""),
				List.of("751", "Aarhus", "HR-chef", "Anna Igen", "", "ANNA@aarhus.dk", "", ""),
				List.of("101", "Aarhus", "HR-chef", "Forkert Kode", "", "forkert@kk.dk", "", ""));
	}

	private void assertPreview(ImportPreview preview) {
		assertThat(preview.rows())
			.extracting(ImportPreview.Row::line, ImportPreview.Row::outcome, ImportPreview.Row::reasonKey)
			.containsExactly(tuple(2, ImportPreview.Outcome.CHANGED, null), tuple(3, ImportPreview.Outcome.NEW, null),
					tuple(4, ImportPreview.Outcome.NEW, null),
					tuple(5, ImportPreview.Outcome.REFUSED, "directory.import.reason.municipality"),
					tuple(6, ImportPreview.Outcome.REFUSED, "directory.import.reason.email"),
					tuple(7, ImportPreview.Outcome.REFUSED, "directory.import.reason.role"),
					tuple(8, ImportPreview.Outcome.REFUSED, "directory.import.reason.name"),
					tuple(9, ImportPreview.Outcome.NEW, null),
					tuple(10, ImportPreview.Outcome.REFUSED, "directory.import.reason.repeated"),
					tuple(11, ImportPreview.Outcome.REFUSED, "directory.import.reason.mismatch"));
	}

	private long importFile(byte[] file) {
		long id = directory.upload("kontakter", file, "staff@kl.dk");
		assertPreview(directory.preview(id));
		assertThat(count()).isEqualTo(1);
		directory.confirm(id, "staff@kl.dk");
		return id;
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from directory_contact", Integer.class);
	}

	@Test
	void aUtf8FileWithBomAndSemicolonsIsPreviewedRowByRowThenImportedAndReimportingChangesNothing() {
		existing();
		byte[] file = ContactFiles.csvWithBom(rows());

		importFile(file);

		assertThat(count()).isEqualTo(4);
		assertThat(directory.contactsOf(580)).singleElement().satisfies(c -> {
			assertThat(c.getName()).isEqualTo("Søren Østergård");
			assertThat(c.getRole()).isEqualTo(ContactRole.MUNICIPAL_DIRECTOR);
			assertThat(c.getPhone()).isEqualTo("+45 73 76 76 76");
			assertThat(c.getNote()).isEqualTo("Træffes bedst om formiddagen; ring først");
		});
		assertThat(directory.contactsOf(259)).singleElement()
			.satisfies(c -> assertThat(c.getTitle()).isEqualTo("Personalechef"));
		assertThat(directory.contactsOf(751)).singleElement()
			.satisfies(c -> assertThat(c.getRole()).isEqualTo(ContactRole.OTHER));

		var before = jdbc.queryForList("select id, updated_at, version from directory_contact order by id");
		long again = directory.upload("kontakter", file, "staff@kl.dk");
		var preview = directory.preview(again);
		assertThat(preview.count(ImportPreview.Outcome.UNCHANGED)).isEqualTo(4);
		assertThat(preview.count(ImportPreview.Outcome.REFUSED)).isEqualTo(6);
		assertThat(preview.changesAnything()).isFalse();
		directory.confirm(again, "staff@kl.dk");
		assertThat(jdbc.queryForList("select id, updated_at, version from directory_contact order by id"))
			.isEqualTo(before);
	}

	@Test
	void aWindows1252FileWithCommasReadsTheSameDanishLetters() {
		existing();
		importFile(ContactFiles.csvWindows1252(rows()));
		assertThat(directory.contactsOf(101)).extracting(Contact::getName).containsExactly("Åse Ødegård");
	}

	@Test
	void anExcelFileReadsTheSameAndNumbersAsCodes() {
		existing();
		importFile(ContactFiles.xlsx(rows()));
		assertThat(count()).isEqualTo(4);
		assertThat(directory.contactsOf(101)).extracting(Contact::getRole).containsExactly(ContactRole.EMPLOYEE_CHAIR);
	}

	@Test
	void aFileWithoutTheNeededColumnsIsRefusedWhole() {
		var file = ContactFiles.csvWithBom(List.of(List.of("Navn", "Telefon"), List.of("Ib", "12345678")));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> directory.upload("x.csv", file, "staff@kl.dk"))
			.isInstanceOf(ContactFile.UnreadableException.class)
			.hasMessage("directory.import.error.noMunicipality");
		assertThat(jdbc.queryForObject("select count(*) from directory_import", Integer.class)).isZero();
	}

}
