package com.gridloop.ingestion.batch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IngestBatchRepository extends JpaRepository<IngestBatch, UUID> {

	Optional<IngestBatch> findFirstBySourceAndChecksumAndStatus(Source source, String checksum, BatchStatus status);

	List<IngestBatch> findByStatusIn(List<BatchStatus> statuses);

	Page<IngestBatch> findAllByOrderByCreatedAtDesc(Pageable pageable);

}
