package com.gridloop.ingestion.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CustomerMergeTest {

	private static final List<String> ALIASES = List.of("METER_NO:M2", "PHONE:13722220000");

	/** What the events carry: no phone, which no consumer reads from them. */
	private static final List<String> PUBLISHED = List.of("METER_NO:M2");

	@Test
	void aMergeIsPublishedWithItsIdOnceStored() {
		CustomerMerge merge = CustomerMerge.of("c-1", "c-2", ALIASES, "ACTIVE", "same person", "anna");
		assertThatIllegalStateException().isThrownBy(merge::merged);

		ReflectionTestUtils.setField(merge, "id", 7L);
		assertThat(merge.merged()).isEqualTo(new CustomerMerged(7, "c-1", "c-2", PUBLISHED, "same person", "anna"));
	}

	@Test
	void aCustomerIsNotMergedIntoItself() {
		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> CustomerMerge.of("c-1", "c-1", ALIASES, "ACTIVE", "x", "anna"))
			.satisfies(e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@Test
	void undoingGivesTheMergedCustomerItsIdentifiersAndStatusBackOnce() {
		CustomerMerge merge = CustomerMerge.of("c-1", "c-2", ALIASES, "SUSPENDED", "same person", "anna");
		ReflectionTestUtils.setField(merge, "id", 7L);

		assertThat(merge.undo("ben", "two people"))
			.isEqualTo(new CustomerSplit("c-1", "c-2", "SUSPENDED", PUBLISHED, 7L, "two people", "ben"));
		assertThat(merge.undone()).isTrue();
		assertThat(merge.undoneBy()).isEqualTo("ben");

		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> merge.undo("carl", "again"))
			.satisfies(e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
		assertThat(merge.undoneBy()).isEqualTo("ben");
	}

}
