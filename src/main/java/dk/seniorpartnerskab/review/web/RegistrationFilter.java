package dk.seniorpartnerskab.review.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.seniorpartnerskab.edition.Edition;

import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.review.RegistrationCriteria;

/**
 * The registration list's filters from the query string. {@code edition} absent means the
 * current edition, 0 means all editions; {@code network} 0 means "without a network".
 */
public class RegistrationFilter {

	private Long edition;

	private RegistrationStatus status;

	private Integer region;

	private Long network;

	private EffortStatus effort;

	private String q;

	private String sort;

	private boolean desc;

	/**
	 * Shows the given edition when none was chosen (the current or the latest one; 0 for
	 * all when there is none).
	 */
	RegistrationFilter withDefaultEdition(Optional<Edition> edition) {
		if (this.edition == null) {
			this.edition = edition.map(Edition::getId).orElse(0L);
		}
		return this;
	}

	RegistrationCriteria toCriteria() {
		return new RegistrationCriteria(edition == null || edition == 0 ? null : edition, status, region, network,
				effort, q, sort, desc);
	}

	/**
	 * The filters (without page and sorting when asked) as a query string ending in
	 * {@code &}, or empty.
	 */
	String toQuery(boolean withSorting) {
		var parts = new ArrayList<String>();
		add(parts, "edition", edition);
		add(parts, "status", status);
		add(parts, "region", region);
		add(parts, "network", network);
		add(parts, "effort", effort);
		add(parts, "q", q);
		if (withSorting) {
			add(parts, "sort", sort);
			if (desc) {
				parts.add("desc=true");
			}
		}
		return parts.isEmpty() ? "" : String.join("&", parts) + "&";
	}

	/** A short description of the filters for the audit log. */
	String describe() {
		String query = toQuery(false);
		return query.isEmpty() ? "ingen filtre" : query.substring(0, query.length() - 1);
	}

	private static void add(List<String> parts, String name, Object value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		}
	}

	public Long getEdition() {
		return edition;
	}

	public void setEdition(Long edition) {
		this.edition = edition;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public void setStatus(RegistrationStatus status) {
		this.status = status;
	}

	public Integer getRegion() {
		return region;
	}

	public void setRegion(Integer region) {
		this.region = region;
	}

	public Long getNetwork() {
		return network;
	}

	public void setNetwork(Long network) {
		this.network = network;
	}

	public EffortStatus getEffort() {
		return effort;
	}

	public void setEffort(EffortStatus effort) {
		this.effort = effort;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public boolean isDesc() {
		return desc;
	}

	public void setDesc(boolean desc) {
		this.desc = desc;
	}

}
