package com.gridloop.strategy.acquisition;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What acquisition offers the rest of strategy: the customers to target with a
 * capacity-expansion offer (the connection applications are read over REST).
 */
@Component
public record AcquisitionLeads(AcquisitionQueries queries) {

	/**
	 * Every active customer whose maximum demand stayed above 80 % of its contracted
	 * capacity for three months or more, up to a recent month (the latest month of demand
	 * data or the one before), by customer id.
	 */
	public List<ExpansionCandidate> expansionCandidates() {
		return this.queries.expansionCandidates();
	}

}
