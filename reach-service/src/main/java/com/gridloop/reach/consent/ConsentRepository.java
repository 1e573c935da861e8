package com.gridloop.reach.consent;

import org.springframework.data.jpa.repository.JpaRepository;

/** Consents by customer and channel. */
interface ConsentRepository extends JpaRepository<Consent, Consent.Key> {

}
