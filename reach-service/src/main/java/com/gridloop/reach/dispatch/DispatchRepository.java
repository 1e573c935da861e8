package com.gridloop.reach.dispatch;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Dispatches by id; the worker claims its pages through {@link DispatchQueries}. */
interface DispatchRepository extends JpaRepository<Dispatch, UUID> {

}
