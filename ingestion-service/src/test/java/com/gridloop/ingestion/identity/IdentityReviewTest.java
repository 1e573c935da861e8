package com.gridloop.ingestion.identity;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdentityReviewTest {

	private static final IdentityService.Candidate CALLER = new IdentityService.Candidate("T-2", "95598", "张秀兰",
			"13912345678", "珞喻路1037号", "420111", null);

	@Test
	void acceptingLinksTheRecordWithTheEventsOfAReviewedLink() {
		IdentityReview review = IdentityReview.queue(CALLER, "c-1", 0.8, "{}");

		IdentityReview.Acceptance acceptance = review.accept("anna");

		assertThat(acceptance).isEqualTo(new Linking(new IdentityLinked("c-1", "95598", "T-2", "REVIEW", 0.8),
				new RecordLinked("95598", "T-2", "c-1", "REVIEW", 0.8)));
		assertThat(review.status()).isEqualTo(IdentityReview.Status.ACCEPTED);
		assertThat(review.decidedBy()).isEqualTo("anna");
		assertThat(review.decidedAt()).isNotNull();
	}

	@Test
	void acceptingAnArchivePairMergesTheLaterCustomerIntoTheEarlier() {
		IdentityReview review = IdentityReview.queue(
				new IdentityService.Candidate("c-9", ArchiveDuplicates.SOURCE, "钱多多", null, null, null, null), "c-3",
				0.91234, "{}");
		ReflectionTestUtils.setField(review, "id", 42L);

		assertThat(review.accept("anna")).isEqualTo(new IdentityReview.MergeAccepted("c-3", "c-9",
				"Duplicate in the archive (review 42, probability 0.912)"));
	}

	@Test
	void aSecondDecisionIsRefusedAndLeavesTheFirst() {
		IdentityReview accepted = IdentityReview.queue(CALLER, "c-1", 0.8, "{}");
		accepted.accept("anna");
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> accepted.reject("ben"))
			.satisfies(e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> accepted.accept("ben"));
		assertThat(accepted.status()).isEqualTo(IdentityReview.Status.ACCEPTED);
		assertThat(accepted.decidedBy()).isEqualTo("anna");

		IdentityReview rejected = IdentityReview.queue(CALLER, "c-1", 0.8, "{}");
		rejected.reject("anna");
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> rejected.accept("ben"));
		assertThat(rejected.status()).isEqualTo(IdentityReview.Status.REJECTED);
	}

	@Test
	void aRemovedLinkRejectsThePairWhateverWasDecidedAndSaysWhichRecordLetGo() {
		IdentityReview accepted = IdentityReview.queue(CALLER, "c-1", 0.8, "{}");
		accepted.accept("anna");

		assertThat(accepted.linkRemoved("ben")).isEqualTo(new RecordUnlinked("95598", "T-2", "c-1"));
		assertThat(accepted.status()).isEqualTo(IdentityReview.Status.REJECTED);
		assertThat(accepted.decidedBy()).isEqualTo("ben");

		IdentityReview remembered = IdentityReview.ofRemovedLink("APP", "u-1", "c-2", "a neighbour's phone");
		assertThat(remembered.linkRemoved("ben")).isEqualTo(new RecordUnlinked("APP", "u-1", "c-2"));
		assertThat(remembered.status()).isEqualTo(IdentityReview.Status.REJECTED);
		assertThat(ReflectionTestUtils.getField(remembered, "explanation"))
			.isEqualTo("{\"unlinked\":\"a neighbour's phone\"}");
	}

}
