package dk.seniorpartnerskab.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

import dk.seniorpartnerskab.audit.AuditEntry;
import dk.seniorpartnerskab.web.Copenhagen;

/** The filters of the audit log page, bound from the query string. */
public class AuditFilter {

	private String actor;

	private String action;

	private String targetType;

	private String targetId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	Specification<AuditEntry> toSpecification() {
		Specification<AuditEntry> spec = (root, query, cb) -> cb.conjunction();
		if (actor != null) {
			String pattern = "%" + actor.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("actor")), pattern, '\\'));
		}
		if (action != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), action));
		}
		if (targetType != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("targetType"), targetType));
		}
		if (targetId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("targetId"), targetId));
		}
		if (from != null) {
			var start = from.atStartOfDay(Copenhagen.ZONE).toInstant();
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
		}
		if (to != null) {
			var end = to.plusDays(1).atStartOfDay(Copenhagen.ZONE).toInstant();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), end));
		}
		return spec;
	}

	/** The filters as a query string ending in {@code &} (or empty), for page links. */
	String toQuery() {
		var parts = new ArrayList<String>();
		add(parts, "actor", actor);
		add(parts, "action", action);
		add(parts, "targetType", targetType);
		add(parts, "targetId", targetId);
		add(parts, "from", from == null ? null : from.toString());
		add(parts, "to", to == null ? null : to.toString());
		return parts.isEmpty() ? "" : String.join("&", parts) + "&";
	}

	private static void add(List<String> parts, String name, String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getTargetType() {
		return targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
