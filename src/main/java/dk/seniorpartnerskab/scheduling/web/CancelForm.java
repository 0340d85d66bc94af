package dk.seniorpartnerskab.scheduling.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a meeting is cancelled; the reason goes into the mail to everyone invited. */
record CancelForm(@NotBlank @Size(max = 1000) String reason) {

	static CancelForm empty() {
		return new CancelForm("");
	}

}
