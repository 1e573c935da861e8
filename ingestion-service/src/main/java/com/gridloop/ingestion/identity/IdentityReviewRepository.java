package com.gridloop.ingestion.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Identity reviews by id, and the one of a record and a candidate customer. */
interface IdentityReviewRepository extends JpaRepository<IdentityReview, Long> {

	Optional<IdentityReview> findBySourceAndRecordIdAndCandidateCustomerId(String source, String recordId,
			String candidateCustomerId);

}
