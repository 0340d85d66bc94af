package dk.seniorpartnerskab.review;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.audit.AuditEntryRepository;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.support.TestData;

/**
 * What the staff tests of registrations and networks start from: an empty database with
 * one open edition, every municipality in Danish order, and the tools to make
 * registrations ({@link ReviewFixtures}), post as staff and read the audit log.
 */
public abstract class OpenEditionTestBase {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected TestData data;

	@Autowired
	protected ReviewFixtures fixtures;

	@Autowired
	protected MunicipalityRepository municipalities;

	@Autowired
	protected AuditEntryRepository audit;

	protected Edition edition;

	protected List<Municipality> all;

	@BeforeEach
	void openEdition() {
		data.clean();
		edition = data.openEdition();
		all = municipalities.findAllInDanishOrder();
	}

}
