package com.gridloop.strategy.campaign;

import com.gridloop.strategy.audience.AudienceMember;
import com.gridloop.strategy.offer.OfferTags;

/** An audience member's tags as offer formulas read them. */
record MemberTags(AudienceMember member) implements OfferTags {

	@Override
	public String customerId() {
		return this.member.customerId();
	}

	@Override
	public Double number(String tag) {
		return this.member.number(tag);
	}

	@Override
	public String text(String tag) {
		return this.member.text(tag);
	}

}
