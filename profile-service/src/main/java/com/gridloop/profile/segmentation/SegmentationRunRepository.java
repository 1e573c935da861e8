package com.gridloop.profile.segmentation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Segmentation runs by id, the current one, and the latest. */
interface SegmentationRunRepository extends JpaRepository<SegmentationRun, UUID> {

	boolean existsByStatusInAndStartedAtAfter(Collection<RunStatus> statuses, Instant after);

	Optional<SegmentationRun> findFirstByStatusOrderByFinishedAtDesc(RunStatus status);

	List<SegmentationRun> findTop50ByOrderByStartedAtDesc();

}
