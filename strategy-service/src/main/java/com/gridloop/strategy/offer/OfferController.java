package com.gridloop.strategy.offer;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offer catalogue: what each offer is, who is eligible and how its benefit is
 * computed.
 */
@RestController
record OfferController(OfferCatalogue catalogue) {

	@GetMapping("/api/v1/offers")
	List<Offer> offers() {
		return this.catalogue.all();
	}

}
