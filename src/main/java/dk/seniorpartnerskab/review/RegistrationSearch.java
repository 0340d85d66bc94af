package dk.seniorpartnerskab.review;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.network.Network;

import dk.seniorpartnerskab.web.Pages;

/**
 * The registration list's queries. A page costs three statements whatever is on it: the
 * rows (with municipality, region, edition and network joined in), the total, and the
 * counts per status; no row loads anything more.
 */
@Component
public class RegistrationSearch {

	private static final String FROM = """
			from Registration r
			join Municipality m on m.code = r.municipalityCode
			join m.region g
			join Edition e on e.id = r.editionId
			left join Network n on n.id = r.networkId
			""";

	private static final String ROW = """
			select new RegistrationRow(r.id, r.reference, e.name, m.name, g.name,
			r.status, r.effortStatus, r.contactName, r.contactTitle, r.contactEmail, r.contactPhone, r.submittedAt,
			r.networkId, n.name, r.version)
			""";

	private final EntityManager em;

	RegistrationSearch(EntityManager em) {
		this.em = em;
	}

	@Transactional(readOnly = true)
	public Page<RegistrationRow> page(RegistrationCriteria criteria, int page, int size) {
		var parameters = new HashMap<String, Object>();
		String where = where(criteria, parameters);
		long total = query("select count(r) " + FROM + where, Long.class, parameters).getSingleResult();
		// A page beyond the end shows the last page.
		int number = Math.min(Pages.safe(page), Pages.last(total, size));
		var rows = query(ROW + FROM + where + orderBy(criteria), RegistrationRow.class, parameters)
			.setFirstResult(number * size)
			.setMaxResults(size)
			.getResultList();
		return new PageImpl<>(rows, PageRequest.of(number, size), total);
	}

	/** Every row matching, for exports. */
	@Transactional(readOnly = true)
	public List<RegistrationRow> all(RegistrationCriteria criteria) {
		var parameters = new HashMap<String, Object>();
		return query(ROW + FROM + where(criteria, parameters) + orderBy(criteria), RegistrationRow.class, parameters)
			.getResultList();
	}

	/** The participants of every registration matching, for the participant export. */
	@Transactional(readOnly = true)
	public List<ParticipantExportRow> participants(RegistrationCriteria criteria) {
		var parameters = new HashMap<String, Object>();
		String jpql = """
				select new ParticipantExportRow(r.reference, m.name, r.status, p.name, p.email,
				p.title, p.side, n.name)
				""" + FROM + " join r.participants p " + where(criteria, parameters) + orderBy(criteria) + ", p.id";
		return query(jpql, ParticipantExportRow.class, parameters).getResultList();
	}

	/** How many registrations match in each status, ignoring the status filter. */
	@Transactional(readOnly = true)
	public Map<RegistrationStatus, Long> countsByStatus(RegistrationCriteria criteria) {
		var parameters = new HashMap<String, Object>();
		var counts = new EnumMap<RegistrationStatus, Long>(RegistrationStatus.class);
		for (RegistrationStatus status : RegistrationStatus.values()) {
			counts.put(status, 0L);
		}
		query("select r.status, count(r) " + FROM + where(criteria.withoutStatus(), parameters) + " group by r.status",
				Object[].class, parameters)
			.getResultList()
			.forEach(row -> counts.put((RegistrationStatus) row[0], (Long) row[1]));
		return counts;
	}

	private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
		var query = em.createQuery(jpql, type);
		parameters.forEach(query::setParameter);
		return query;
	}

	private static String where(RegistrationCriteria c, Map<String, Object> parameters) {
		var where = new StringBuilder(" where 1 = 1");
		if (c.editionId() != null) {
			where.append(" and r.editionId = :edition");
			parameters.put("edition", c.editionId());
		}
		if (c.status() != null) {
			where.append(" and r.status = :status");
			parameters.put("status", c.status());
		}
		if (c.regionCode() != null) {
			where.append(" and g.code = :region");
			parameters.put("region", c.regionCode());
		}
		if (c.networkId() != null && c.networkId() == 0) {
			where.append(" and r.networkId is null");
		}
		else if (c.networkId() != null) {
			where.append(" and r.networkId = :network");
			parameters.put("network", c.networkId());
		}
		if (c.effort() != null) {
			where.append(" and r.effortStatus = :effort");
			parameters.put("effort", c.effort());
		}
		if (c.text() != null) {
			where.append(" and (lower(m.name) like :text escape '\\' or lower(r.reference) like :text escape '\\'"
					+ " or lower(r.contactName) like :text escape '\\' or lower(r.contactEmail) like :text escape '\\')");
			parameters.put("text",
					"%" + c.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return where.toString();
	}

	private static String orderBy(RegistrationCriteria c) {
		String direction = c.descending() ? " desc" : " asc";
		String column = switch (c.sort()) {
			case "municipality" -> "m.name";
			case "reference" -> "r.reference";
			case "status" -> "r.status";
			case "network" -> "n.name";
			default -> "r.submittedAt";
		};
		return " order by " + column + direction + (c.descending() ? " nulls last" : " nulls first") + ", r.id"
				+ direction;
	}

}
