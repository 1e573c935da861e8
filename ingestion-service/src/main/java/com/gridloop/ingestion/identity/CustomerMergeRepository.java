package com.gridloop.ingestion.identity;

import org.springframework.data.jpa.repository.JpaRepository;

/** Customer merges by id. */
interface CustomerMergeRepository extends JpaRepository<CustomerMerge, Long> {

}
