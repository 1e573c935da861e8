package com.gridloop.strategy.campaign;

import java.time.LocalDate;

import com.gridloop.strategy.audience.Audiences;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The quarter's global holdout: who is left out of every campaign now. */
@RestController
record HoldoutController(Audiences audiences, StrategyProperties properties) {

	/**
	 * @param customers customers with a tag snapshot
	 * @param heldOut those of them in this quarter's global holdout
	 */
	record GlobalHoldoutView(String quarter, double share, long customers, long heldOut) {
	}

	@GetMapping("/api/v1/holdout")
	GlobalHoldoutView holdout() {
		LocalDate today = LocalDate.now(CampaignService.CHINA);
		long[] counts = new long[2];
		this.audiences.forEachMatch(this.audiences.parse(""), member -> {
			counts[0]++;
			if (GlobalHoldout.heldOut(member.customerId(), today, this.properties.holdoutShare())) {
				counts[1]++;
			}
		});
		return new GlobalHoldoutView(GlobalHoldout.quarter(today), this.properties.holdoutShare(), counts[0],
				counts[1]);
	}

}
