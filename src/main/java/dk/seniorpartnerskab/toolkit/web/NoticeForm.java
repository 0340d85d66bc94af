package dk.seniorpartnerskab.toolkit.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * What a notice is about ({@code publication} or {@code version-<id>}), to which
 * editions, and to whom.
 */
public class NoticeForm {

	@NotBlank
	private String occasion;

	@NotEmpty
	private List<Long> editionIds = new ArrayList<>();

	private boolean includeParticipants;

	public String getOccasion() {
		return occasion;
	}

	public void setOccasion(String occasion) {
		this.occasion = occasion;
	}

	public List<Long> getEditionIds() {
		return editionIds;
	}

	public void setEditionIds(List<Long> editionIds) {
		this.editionIds = editionIds == null ? new ArrayList<>() : editionIds;
	}

	public boolean isIncludeParticipants() {
		return includeParticipants;
	}

	public void setIncludeParticipants(boolean includeParticipants) {
		this.includeParticipants = includeParticipants;
	}

}
