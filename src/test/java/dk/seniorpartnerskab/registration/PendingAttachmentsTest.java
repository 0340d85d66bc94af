package dk.seniorpartnerskab.registration;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PendingAttachmentsTest {

	@Autowired
	PendingAttachments pending;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		jdbc.update("delete from pending_attachment");
	}

	private static Attachment pdf(String name) {
		return new Attachment(name, "application/pdf", ("%PDF-1.4 " + name).getBytes());
	}

	@Test
	void filesChosenOnAFormAreKeptForThatFormOnly() {
		pending.keep("form-a", List.of(pdf("plan.pdf"), pdf("politik.pdf")));
		pending.keep("form-b", List.of(pdf("andet.pdf")));

		assertThat(pending.list("form-a")).extracting(PendingAttachments.PendingFile::fileName)
			.containsExactly("plan.pdf", "politik.pdf");
		assertThat(pending.contents("form-a")).extracting(Attachment::getFileName)
			.containsExactly("plan.pdf", "politik.pdf");
		assertThat(new String(pending.contents("form-b").get(0).getBytes())).isEqualTo("%PDF-1.4 andet.pdf");
	}

	@Test
	void aRemovedFileIsForgottenAndSubmittingForgetsTheRest() {
		pending.keep("form-a", List.of(pdf("plan.pdf"), pdf("politik.pdf")));
		var plan = pending.list("form-a").get(0);

		pending.remove("form-a", List.of(plan.id()));
		assertThat(pending.list("form-a")).extracting(PendingAttachments.PendingFile::fileName)
			.containsExactly("politik.pdf");
		pending.remove("form-b", List.of(pending.list("form-a").get(0).id()));
		assertThat(pending.list("form-a")).hasSize(1);

		pending.discard("form-a");
		assertThat(pending.list("form-a")).isEmpty();
	}

	@Test
	void filesOfFormsNeverSubmittedAreRemovedAfterADay() {
		pending.keep("old-form", List.of(pdf("gammel.pdf")));
		pending.keep("new-form", List.of(pdf("ny.pdf")));
		jdbc.update("update pending_attachment set created_at = created_at - interval '25 hours' "
				+ "where submission_token = 'old-form'");

		assertThat(pending.purgeExpired()).isEqualTo(1);
		assertThat(pending.purgeExpired()).isZero();
		assertThat(pending.list("old-form")).isEmpty();
		assertThat(pending.list("new-form")).hasSize(1);
	}

}
