package com.gridloop.reach.dispatch;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Dispatches by id, and the worker's next page of queued ones. */
interface DispatchRepository extends JpaRepository<Dispatch, UUID> {

	/**
	 * Claims the oldest queued dispatches of treatment targets, locked for this
	 * transaction; rows another worker holds are skipped, so replicas never send the same
	 * dispatch. Control targets have no dispatch; the join keeps it so should one ever
	 * appear.
	 */
	@Query(value = """
			select d.* from dispatch d
			join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
			where d.status = 'QUEUED' and t.arm = 'TREATMENT'
			order by d.created_at limit :limit for update of d skip locked""", nativeQuery = true)
	List<Dispatch> claimQueued(@Param("limit") int limit);

}
